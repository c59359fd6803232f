# Subclassing collections.abc.Iterator supplies __iter__.
import collections.abc

class Fib(collections.abc.Iterator):
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

f = Fib(20)
print(iter(f) is f, list(f), list(f))
print(isinstance(Fib(1), collections.abc.Iterable), [x * 2 for x in Fib(5)])
print(sum(Fib(100)), max(Fib(50)))
