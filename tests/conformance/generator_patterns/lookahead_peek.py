class Peekable:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._buffer = []

    def __iter__(self):
        return self

    def __next__(self):
        if self._buffer:
            return self._buffer.pop()
        return next(self._it)

    def peek(self, default=None):
        if not self._buffer:
            try:
                self._buffer.append(next(self._it))
            except StopIteration:
                return default
        return self._buffer[-1]

p = Peekable(x * x for x in range(4))
print(p.peek(), p.peek(), next(p), next(p), p.peek())
print(list(p), p.peek("end"))
