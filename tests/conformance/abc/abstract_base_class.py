# abc.ABC with @abstractmethod: a base class for sources of items that
# subclasses must complete before they can be created.
from abc import ABC, abstractmethod

class Source(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def items(self):
        ...

    @property
    @abstractmethod
    def size(self):
        ...

    def __iter__(self):
        yield from self.items()

class Half(Source):
    def items(self):
        yield 1

class Numbers(Half):
    @property
    def size(self):
        return 3

    def items(self):
        yield from range(self.size)

for cls in (Source, Half, Numbers):
    try:
        obj = cls("demo")
        print(cls.__name__, "->", list(obj), obj.name)
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(Numbers("n"), Source), Source.items.__isabstractmethod__)
