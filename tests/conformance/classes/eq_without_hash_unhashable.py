class Thing:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v

try:
    {Thing(1)}
except TypeError as e:
    print("TypeError:", e)
print(Thing(1) == Thing(1))
