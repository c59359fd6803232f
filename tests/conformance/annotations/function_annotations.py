# Parameter and return annotations are evaluated when the def runs.
def scale(values: list, factor: float = 2.0, *rest: int, label: str = "x", **extra: dict) -> list:
    return [v * factor for v in values]

print(scale([1, 2, 3]))
print(scale.__annotations__)

def countdown(n: int) -> "Iterator[int]":
    while n > 0:
        yield n
        n -= 1

print(list(countdown(3)))
print(countdown.__annotations__)

def plain(a, b):
    return a + b

print(plain.__annotations__)

calls = []
def note(x):
    calls.append(x)
    return x

def ordered(a: note("a"), b: note("b") = 1) -> note("ret"):
    pass

print(calls)
