# How far islice reads into a generator: it stops right after the last
# item it returns, so the rest stays in the generator.
from itertools import islice

def numbers():
    n = 0
    while True:
        print("  producing", n)
        yield n
        n += 1

gen = numbers()
print("every third of 2..8:")
for x in islice(gen, 2, 8, 3):
    print("got", x)
print("next after islice:", next(gen))
print(list(islice(numbers(), 0)))
print(list(islice("abcdefg", None)), list(islice("abcdefg", 3, None)))
print(list(islice("abcdefg", None, None, 2)), list(islice("abcdefg", 1, 100)))
print(list(islice(range(10), 2, 5)), list(islice(range(3), 5, 8)))
