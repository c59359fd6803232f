# Type hints on generators, the way typed tutorials write them.
from typing import Iterator, Generator, Iterable, Optional, List, Dict, Tuple, Any, Callable, Union

def count_up_to(n: int) -> Iterator[int]:
    i = 1
    while i <= n:
        yield i
        i += 1

def averager() -> Generator[float, float, str]:
    total = 0.0
    count = 0
    average = 0.0
    while count < 3:
        value = yield average
        total += value
        count += 1
        average = total / count
    return f"done after {count}"

def pairs(items: Iterable[str]) -> Iterator[Tuple[int, str]]:
    yield from enumerate(items)

def apply(f: Callable[[int], int], xs: List[int]) -> Dict[int, int]:
    return {x: f(x) for x in xs}

def find(xs: List[int], target: int) -> Optional[int]:
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None

print(list(count_up_to(4)))
avg = averager()
next(avg)
print(avg.send(10), avg.send(20))
try:
    avg.send(30)
except StopIteration as stop:
    print(stop.value)
print(list(pairs("ab")))
print(apply(lambda x: x * x, [1, 2, 3]))
print(find([4, 5], 5), find([4, 5], 9))
print(averager.__annotations__)
print(pairs.__annotations__["return"])
