from itertools import chain

print(list(chain("ABC", "DEF")))
print(list(chain([1, 2], (3,), range(4, 6))))
print(list(chain()))
print(sum(chain(range(3), range(10, 13))))
