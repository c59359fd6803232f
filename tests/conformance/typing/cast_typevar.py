from typing import TypeVar, cast, List, Any, TYPE_CHECKING

T = TypeVar("T")

def first(items: List[T]) -> T:
    return items[0]

value: Any = "42"
number = int(cast(str, value))
print(number + 1, first([3, 2, 1]), T, TYPE_CHECKING)
print(first.__annotations__)
