def f():
    try:
        return "from try"
    finally:
        print("finally runs before return")

def g():
    try:
        return "from try"
    finally:
        return "from finally"

print(f())
print(g())
