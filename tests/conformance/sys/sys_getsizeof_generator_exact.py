import sys

squares_list = [x * 2 for x in range(10000)]
squares_gen = (x * 2 for x in range(10000))
print("list:", sys.getsizeof(squares_list), "bytes")
print("generator:", sys.getsizeof(squares_gen), "bytes")

def count_up(n):
    for i in range(n):
        yield i

print("generator function:", sys.getsizeof(count_up(10 ** 6)), "bytes")
