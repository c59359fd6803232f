class Squares:
    def __init__(self, limit):
        self.limit = limit
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.n >= self.limit:
            raise StopIteration
        self.n += 1
        return self.n ** 2

sq = Squares(5)
print(list(sq))
print(list(sq))
print(sum(Squares(10)))
