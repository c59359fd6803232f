# Every iterator has __next__ and __iter__ as methods, not only generators:
# the itertools docs' roundrobin recipe keeps bound __next__ methods.
from itertools import count, cycle, islice

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

print(list(roundrobin("ABC", "D", "EF")))
for it in [iter([1, 2]), iter("xy"), iter(range(5, 7)), iter({"k": 1}), map(abs, [-3]), count(4), zip("ab", "cd")]:
    print(type(it).__name__, it.__next__(), it.__iter__() is it)
step = iter([10, 20]).__next__
print(step(), step())
try:
    step()
except StopIteration:
    print("StopIteration")
try:
    iter([]).__next__(1)
except TypeError as e:
    print("TypeError:", e)
