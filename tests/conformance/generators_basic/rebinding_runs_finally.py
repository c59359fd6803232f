def resource(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)

r = resource("a")
next(r)
r = resource("b")
next(r)
print("rebound")
r = None
print("end")
