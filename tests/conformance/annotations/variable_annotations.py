# Annotated assignments: module and class level ones are recorded.
total: int = 0
name: str
numbers: list = [1, 2, 3]
print(__annotations__)

class Point:
    x: int = 0
    y: int = 0
    label: str

print(Point.__annotations__)
print(Point.x, Point.y, hasattr(Point, "label"))

def inside():
    count: int = 10
    ignored: undefined_name  # never evaluated inside a function
    return count

print(inside())

data = {}
data["key"]: int = 5
print(data)

for i in range(2):
    step: int = i * 10
print(step, __annotations__["step"])
