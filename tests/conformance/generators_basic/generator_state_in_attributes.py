class Counter:
    def __init__(self):
        self.calls = 0

    def ticks(self, n):
        for i in range(n):
            self.calls += 1
            yield i

c = Counter()
g = c.ticks(5)
print(c.calls)
next(g); next(g)
print(c.calls)
list(g)
print(c.calls)
