# PEP 479's future import is accepted (the behaviour is always on in 3.7+).
from __future__ import generator_stop

def gen():
    yield 1
    raise StopIteration("leaked")

try:
    print(list(gen()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
