# An error in the with block that the generator lets through keeps its own traceback.
from contextlib import contextmanager

@contextmanager
def section(title):
    print("==", title)
    try:
        yield
    finally:
        print("== end", title)

def compute(values):
    return sum(values) / len(values)

with section("stats"):
    print(compute([1, 2, 3]))
    print(compute([]))
