# A generator function as a context manager: setup before the yield,
# teardown after it, the yielded value bound by `as`.
from contextlib import contextmanager

@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")

with tag("h1") as t:
    print("title", t)

with tag("ul"):
    for item in ["a", "b"]:
        with tag("li"):
            print(item)

@contextmanager
def opened(path):
    f = open(path, "w")
    try:
        yield f
    finally:
        f.close()
        print("closed", f.closed)

with opened("notes.txt") as f:
    f.write("hello\n")
print(open("notes.txt").read(), end="")

cm = tag("p")
print(type(cm).__name__, tag.__name__)
with cm as value:
    print(value)
