import sys
as_list = [x * 2 for x in range(10000)]
as_gen = (x * 2 for x in range(10000))
print(sys.getsizeof(as_gen) < sys.getsizeof(as_list))
print(sum(as_list) == sum(as_gen))
print(sys.getsizeof(as_gen) < 500)
