# sys.getsizeof reports the runtime's own accounting, so the exact numbers are
# yieldlab's; what a learner reads from them holds in CPython too.
import sys

empty, thousand = sys.getsizeof([]), sys.getsizeof(list(range(1000)))
print("a list grows with its items:", thousand > empty + 1000)
print("longer strings are bigger:", sys.getsizeof("abc" * 100) > sys.getsizeof("abc"))
print("sizes are ints:", all(isinstance(sys.getsizeof(x), int) for x in [0, 1.5, "", (), {}, set(), range(3)]))
print("a dict grows too:", sys.getsizeof({i: i for i in range(500)}) > sys.getsizeof({}))
print("a range does not:", sys.getsizeof(range(10 ** 6)) == sys.getsizeof(range(10)))
