import sys

numbers_list = [n * 2 for n in range(100000)]
numbers_gen = (n * 2 for n in range(100000))
print(sys.getsizeof(numbers_gen) < sys.getsizeof(numbers_list))
print(sys.getsizeof(numbers_list) > 100000 * 8)
print(sys.getsizeof([]) < sys.getsizeof([1, 2, 3]))
print(sum(numbers_gen) == sum(numbers_list))
