from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from typing import ClassVar, List


@dataclass
class Item:
    name: str
    price: float
    tags: List[str] = field(default_factory=list)
    secret: str = field(default="x", repr=False, compare=False)
    count: ClassVar[int] = 0


@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    notes: dict = field(default_factory=dict)


a = Item("pen", 1.5)
b = Item("pen", 1.5, secret="y")
a.tags.append("office")
print(a, b, a == b)
print(Item("cup", 3.0).tags is not Item("cup", 3.0).tags)
print([f.name for f in fields(Item)], [f.name for f in fields(a)])
print([f.type for f in fields(Order)])
o = Order(7, [a, Item("ink", 2.25)], {"gift": (a, 1)})
print(asdict(o))
print(astuple(o))
print(replace(a, price=2.0))
print(is_dataclass(a), is_dataclass(Item), is_dataclass(3), Item.count)
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Item)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(a, colour="red")
except TypeError as e:
    print("TypeError:", e)
