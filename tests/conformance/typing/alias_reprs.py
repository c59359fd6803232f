# How typing's aliases and the built-in generics print.
import typing
from typing import Iterator, Generator, List, Dict, Tuple, Set, Optional, Union, Callable, Any, Sequence, TypeVar
import collections.abc

T = TypeVar("T")
shown = [
    Iterator, Iterator[int], Generator[int, None, None], Generator[str, int, bool],
    List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[int, str], Set[float],
    Optional[int], Optional[List[str]], Union[int, str], Union[int, None, str], Union[int],
    Callable[[int, str], bool], Callable[..., int], Callable[[], None],
    Any, T, List[T], Sequence[str], typing.Iterable, List, Dict, Optional, Union,
    list[int], dict[str, list[int]], tuple[int, ...], set[str],
    collections.abc.Iterator[int], collections.abc.Generator[int, None, None],
    int | None, int | str | None, list[int] | None,
]
for s in shown:
    print(s)
print(Optional[int] == Union[int, None], List[int] == List[int], List[int] == List[str])
print(List[int].__origin__, List[int].__args__)
print(Generator[int, None, str].__args__, Iterator[int].__origin__)
print((int | None).__args__, list[int].__origin__)
