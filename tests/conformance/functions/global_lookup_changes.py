# A function reads globals and builtins through a cache; every change to the
# module's names must still be seen on the next call.

def show():
    return len, counter


counter = 1
print(show()[1])
counter = 2                      # rebinding a global
print(show()[1])


def len(x):                      # a global now shadows the builtin
    return "mine"


print(show()[0]([1, 2, 3]))
del len                          # the builtin is visible again
print(show()[0]([1, 2, 3]))

globals()["counter"] = 3         # through globals()
print(show()[1])
del globals()["counter"]
try:
    show()
except NameError as e:
    print("NameError:", e)


def fill():
    global counter
    for i in range(3):
        counter = i * 10
        yield show()[1]


print(list(fill()))


def lookups(n):
    total = 0
    for i in range(n):
        total += abs(-i) + max(i, 1)
        if i == 2:
            globals()["abs"] = lambda v: 100   # new global mid-loop
    return total


print(lookups(5))
del abs
print(lookups(2))

# Many new globals force the dict to grow and move its entries.
def read_z():
    return z

z = "first"
print(read_z())
for k in range(200):
    globals()[f"g{k}"] = k
print(read_z())
for k in range(200):
    del globals()[f"g{k}"]
z = "last"
print(read_z())
