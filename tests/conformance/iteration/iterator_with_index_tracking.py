class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __len__(self):
        return self.start

    def __reversed__(self):
        return iter(range(1, self.start + 1))

c = Countdown(4)
print(list(c), len(c), list(reversed(c)))
print(sorted(c), sum(c))
