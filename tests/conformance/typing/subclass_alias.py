# Classes that derive from a subscripted alias get the real class as base.
from typing import Iterator, Generic, TypeVar
from collections.abc import Iterable

T = TypeVar("T")

class Countdown(Iterator[int]):
    def __init__(self, start: int) -> None:
        self.current = start

    def __next__(self) -> int:
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item

c = Countdown(3)
print(iter(c) is c, list(c))
print(isinstance(Countdown(1), Iterator), isinstance(Countdown(1), Iterable))
print(Box(5).get(), Box[int]("x").get())
print(Countdown.__mro__[1])
