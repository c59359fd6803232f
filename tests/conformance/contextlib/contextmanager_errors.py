# The RuntimeErrors contextmanager raises for generators that misbehave.
from contextlib import contextmanager

@contextmanager
def no_yield():
    if False:
        yield
    print("returned without yielding")

@contextmanager
def two_yields():
    yield 1
    yield 2

@contextmanager
def yields_again():
    try:
        yield
    except Exception:
        yield

for cm in (no_yield, two_yields):
    try:
        with cm():
            print("body")
    except RuntimeError as e:
        print("RuntimeError:", e)

try:
    with yields_again():
        raise ValueError("x")
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e.__suppress_context__, e.__cause__)
