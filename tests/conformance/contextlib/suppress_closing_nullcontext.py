from contextlib import suppress, closing, nullcontext
import contextlib

with suppress(ZeroDivisionError):
    print(1 / 0)
print("after suppress")

with suppress(KeyError, IndexError):
    [][3]
print("IndexError suppressed")

try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)

with suppress():
    print("no exceptions given")

def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator closed")

with closing(numbers()) as gen:
    for n in gen:
        if n == 2:
            break
        print(n)
print("after closing")

for value in (None, 42):
    with nullcontext(value) as v:
        print(v)
with contextlib.nullcontext() as nothing:
    print(nothing)
