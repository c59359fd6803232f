class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

shapes = [Rect(2, 3), Square(4)]
for s in shapes:
    print(type(s).__name__, s.area(), isinstance(s, Rect), isinstance(s, Square))
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Square.__bases__[0].__name__, Square.__mro__[-1].__name__)
