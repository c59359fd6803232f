class UpTo:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

print(list(UpTo(4)))

def wrapper(n):
    yield from UpTo(n)

print(list(wrapper(3)))
