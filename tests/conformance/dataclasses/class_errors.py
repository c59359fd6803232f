from dataclasses import dataclass, field

try:
    @dataclass
    class A:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Bag:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass
    class B:
        x: int = field(default=1, default_factory=int)
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass(order=True)
    class C:
        x: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass(eq=False, order=True)
    class D:
        x: int
except ValueError as e:
    print("ValueError:", e)


@dataclass(frozen=True)
class F:
    x: int


try:
    @dataclass
    class G(F):
        y: int
except TypeError as e:
    print("TypeError:", e)
