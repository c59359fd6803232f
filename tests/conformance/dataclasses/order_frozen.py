from dataclasses import dataclass, FrozenInstanceError


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


versions = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(versions))
print(max(versions), min(versions))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1) <= Version(1))


@dataclass(order=True)
class Other:
    major: int


try:
    Version(1) < Other(2)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float


home = Coord(51.5, -0.1)
visits = {home: 3, Coord(48.9, 2.35): 1}
visits[Coord(51.5, -0.1)] += 1
print(visits)
print(hash(home) == hash((51.5, -0.1)))
try:
    home.lat = 0.0
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del home.lon
except AttributeError as e:
    print(type(e).__name__, e)
print(len({Coord(1, 2), Coord(1, 2), Coord(2, 1)}))


@dataclass(eq=False)
class Node:
    value: int


a = Node(1)
print(a == Node(1), a == a, len({a, Node(1)}))
