# isinstance with typing's aliases: fine unsubscripted, refused subscripted.
from typing import Iterator, Iterable, Generator, List, Dict, Optional, Union

def gen():
    yield 1

for value in [gen(), [1, 2], iter([1]), {"a": 1}, 5, None]:
    print(type(value).__name__, isinstance(value, Iterator), isinstance(value, Iterable),
          isinstance(value, Generator), isinstance(value, List), isinstance(value, Dict),
          isinstance(value, int | None), isinstance(value, Optional[int]), isinstance(value, Union[list, dict]))

for bad in (List[int], list[int], Iterator[int]):
    try:
        isinstance([], bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    List[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Dict[str]
except TypeError as e:
    print("TypeError:", e)
print(issubclass(list, Iterable), issubclass(int, Iterable))
