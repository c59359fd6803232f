from dataclasses import dataclass, field


@dataclass
class Animal:
    name: str
    sound: str = "..."

    def speak(self):
        return f"{self.name} says {self.sound}"


@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)


d = Dog("Rex", tricks=["sit"])
print(d, d.speak())
print(Animal("Cat"))


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h


r = Rect(2, 3.5)
print(r, r.area)


@dataclass
class Temp:
    celsius: float

    def __post_init__(self):
        if self.celsius < -273.15:
            raise ValueError(f"{self.celsius} is below absolute zero")

    def __repr__(self):
        return f"{self.celsius}C"


print(Temp(21.5))
try:
    Temp(-300)
except ValueError as e:
    print("ValueError:", e)
