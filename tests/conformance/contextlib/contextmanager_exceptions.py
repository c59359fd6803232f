# Exceptions raised in the with block are thrown into the generator at its yield.
from contextlib import contextmanager

@contextmanager
def handler(name):
    print("enter", name)
    try:
        yield
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("exit", name)

with handler("a"):
    raise KeyError("missing")
print("after a")

try:
    with handler("b"):
        raise ValueError("bad")
except ValueError as e:
    print("escaped:", e)

@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e

try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

@contextmanager
def quiet():
    try:
        yield
    except Exception:
        pass

with quiet():
    int("x")
print("suppressed by returning")

@contextmanager
def plain():
    yield

try:
    with plain():
        raise StopIteration("inside")
except StopIteration as e:
    print("StopIteration passes through:", e)
