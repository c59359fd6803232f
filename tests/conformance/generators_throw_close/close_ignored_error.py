def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("refusing to close")

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
