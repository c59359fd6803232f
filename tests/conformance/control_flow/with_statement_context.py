class Timer:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("enter", self.label)
        return self
    def __exit__(self, exc_type, exc_value, tb):
        print("exit", self.label, exc_type)
        return False

with Timer("block") as t:
    print("inside", t.label)
try:
    with Timer("failing"):
        raise ValueError("oops")
except ValueError as e:
    print("caught", e)
