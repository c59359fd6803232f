class Span:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop

    def __len__(self):
        return max(0, self.stop - self.start)

    def __getitem__(self, i):
        if not 0 <= i < len(self):
            raise IndexError("Span index out of range")
        return self.start + i

    def __contains__(self, x):
        return self.start <= x < self.stop

    def __reversed__(self):
        return iter(range(self.stop - 1, self.start - 1, -1))

s = Span(3, 7)
print(list(s), len(s), s[0], 5 in s, 9 in s)
print(list(reversed(s)), sorted(s, reverse=True), sum(s))
