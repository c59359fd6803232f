# operator's functions with reduce, accumulate, map and sorted.
import operator
from functools import reduce
from itertools import accumulate, starmap

print(reduce(operator.mul, range(1, 6)), reduce(operator.add, ["a", "b", "c"]))
print(list(accumulate([3, 1, 4, 1, 5], operator.mul)), list(accumulate([3, 1, 4], operator.sub)))
print(list(map(operator.add, [1, 2], [10, 20])), list(starmap(operator.pow, [(2, 3), (3, 2)])))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.neg(4), operator.not_(0))
print(operator.lt(1, 2), operator.eq("a", "a"), operator.ge(1, 2), operator.contains([1, 2], 2), operator.is_(None, None))
print(operator.getitem({"k": 5}, "k"), operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.truth([]), operator.abs(-3))
items = [1, 2]
operator.setitem(items, 0, 9)
print(items, operator.iadd([1], [2]))
