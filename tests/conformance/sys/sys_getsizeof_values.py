import sys

print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 100))
print(sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof(1.5), sys.getsizeof(True))
print(sys.getsizeof([]), sys.getsizeof(()), sys.getsizeof({}), sys.getsizeof(set()))
print(sys.getsizeof([1, 2, 3]), sys.getsizeof((1, 2, 3)), sys.getsizeof(range(10)))
print(sys.getsizeof(list(range(1000))), sys.getsizeof([i for i in range(1000)]))
