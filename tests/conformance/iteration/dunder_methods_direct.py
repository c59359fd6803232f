# The iterator protocol by hand: the dunder methods of built-in objects called directly.
nums = [10, 20, 30]
it = nums.__iter__()
print(type(it).__name__, it.__next__(), next(it), it.__next__())
try:
    it.__next__()
except StopIteration:
    print("exhausted")

s = "hey"
chars = s.__iter__()
print(chars.__next__(), len(s) == s.__len__())
d = {"a": 1}
print(d.__iter__().__next__(), d.__getitem__("a"), d.__contains__("b"), d.__len__())
r = range(3).__iter__()
print(r.__next__(), r.__iter__() is r)

seen = set()
check = seen.__contains__
seen.add(4)
print(check(4), check(5), list(filter(seen.__contains__, [3, 4, 5])))
print((2).__add__(3), (2).__add__("x"), "a".__add__("b"), [1].__mul__(2), (7).__eq__(7), "b".__lt__("a"))
print(hasattr(nums, "__iter__"), hasattr(5, "__iter__"), hasattr(list, "__len__"), hasattr(int, "__len__"))
print(list.__len__(nums), str.__len__("abcd"), list.__iter__(nums).__next__())

def gen():
    yield 1
g = gen()
print(g.__iter__() is g, g.__next__())
