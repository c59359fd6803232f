class Sequence:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self[i] for i in range(*key.indices(self.n))]
        if key < 0:
            key += self.n
        if not 0 <= key < self.n:
            raise IndexError("Sequence index out of range")
        return key * 10
    def __len__(self):
        return self.n

s = Sequence(6)
print(s[0], s[5], s[-1])
print(s[1:4], s[::2], s[::-2])
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
