# collections.abc recognises iterables and iterators by their methods.
from collections.abc import Iterable, Iterator, Generator, Sized, Container, Callable, Hashable, Sequence, Mapping, Reversible, Collection, MutableSequence, MutableMapping, Set

def gen():
    yield 1

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

class Bag:
    def __iter__(self):
        return iter([1, 2])
    def __len__(self):
        return 2

abcs = (Iterable, Iterator, Generator, Sized, Container, Callable, Hashable, Sequence, Mapping, Reversible, Collection, MutableSequence, MutableMapping, Set)
print(" ".join(a.__name__ for a in abcs))
values = [[1], (1,), "s", {1: 2}, {1}, frozenset(), range(3), iter([1]), gen(), (x for x in "ab"),
          Countdown(2), Bag(), 5, 2.5, None, len, print, map(str, []), zip(), enumerate([]), {}.keys(), {}.values(), {}.items()]
for v in values:
    print(type(v).__name__, " ".join("T" if isinstance(v, a) else "." for a in abcs))
print(issubclass(Iterator, Iterable), issubclass(Generator, Iterator), issubclass(list, Sequence), issubclass(dict, Mapping))
print(Iterator, Iterable, Generator)
