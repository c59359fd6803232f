# ExitStack: managers and callbacks left in reverse order, exceptions passed along.
from contextlib import ExitStack, contextmanager

@contextmanager
def res(name, fail=False):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)

with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in "abc"]
    stack.callback(print, "callback", 1, sep="-")
    print("using", names)
print("after")

def cleanup(tag):
    print("cleanup", tag)

with ExitStack() as stack:
    stack.callback(cleanup, "first")
    stack.callback(cleanup, tag="second")
    moved = stack.pop_all()
print("moved, not run yet")
moved.close()

@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")

with ExitStack() as stack:
    stack.enter_context(res("x"))
    stack.enter_context(swallow())
    raise KeyError("k")
print("continued")

try:
    with ExitStack() as stack:
        stack.callback(cleanup, "runs")
        raise ValueError("v")
except ValueError as e:
    print("ValueError", e)

def bad():
    raise RuntimeError("in callback")
try:
    with ExitStack() as stack:
        stack.callback(bad)
        1 / 0
except RuntimeError as e:
    print("RuntimeError", e, type(e.__context__).__name__)

class Plain:
    def __enter__(self):
        print("enter plain")
        return self
    def __exit__(self, *exc):
        print("exit plain", exc[0])
        return False
with ExitStack() as stack:
    p = stack.enter_context(Plain())
    stack.push(Plain())
    print(type(p).__name__)
print(stack.close())
