from functools import total_ordering

@total_ordering
class Score:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __ge__(self, other):
        print("  ge", self.v, other.v)
        return self.v >= other.v

print(Score(3) < Score(4))
print(Score(3) > Score(4))
print(Score(4) <= Score(4))

@total_ordering
class Weight:
    def __init__(self, kg):
        self.kg = kg
    def __eq__(self, other):
        return self.kg == other.kg
    def __le__(self, other):
        return self.kg <= other.kg
    def __gt__(self, other):
        return self.kg > other.kg

print(Weight(2) < Weight(3), Weight(3) >= Weight(3), Weight(1) >= Weight(2))
try:
    @total_ordering
    class Plain:
        pass
except ValueError as e:
    print("ValueError:", e)
