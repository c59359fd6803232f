# takewhile reads the first item that fails the test: it is gone from the
# underlying iterator afterwards.
from itertools import takewhile, dropwhile

def temps():
    for t in [12, 15, 18, 22, 19, 25]:
        print("  measured", t)
        yield t

source = temps()
cool = list(takewhile(lambda t: t < 20, source))
print("cool:", cool)
print("next from source:", next(source))
print(list(dropwhile(lambda t: t < 20, [12, 15, 22, 5, 30])))
print(list(takewhile(lambda c: c != " ", "hello world")))
lines = ["# comment", "# another", "data 1", "# not skipped", "data 2"]
print(list(dropwhile(lambda s: s.startswith("#"), lines)))
print(list(takewhile(bool, [])), list(dropwhile(bool, [1, 1])))
