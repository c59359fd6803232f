# A Protocol base and the decorators for type checkers leave the program as it runs.
from typing import Protocol, runtime_checkable, final, Iterator

class Closeable(Protocol):
    def close(self) -> None: ...

@final
class Stream:
    def __init__(self) -> None:
        self.closed = False
    def close(self) -> None:
        self.closed = True
    def __iter__(self) -> Iterator[int]:
        yield from (1, 2)

def shutdown(thing: Closeable) -> None:
    thing.close()

s = Stream()
print(list(s))
shutdown(s)
print(s.closed, Stream.__name__, Closeable.__name__)
