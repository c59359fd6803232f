class Numbers:
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

nums = Numbers(3)
pairs = [(a, b) for a in nums for b in nums]
print(pairs)
nums = Numbers(3)
print(list(nums), list(nums))
