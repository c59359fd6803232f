# The classic comparison: a list holds every item, a generator only its frame.
import sys

squares_list = [x * 2 for x in range(10000)]
squares_gen = (x * 2 for x in range(10000))
list_size, gen_size = sys.getsizeof(squares_list), sys.getsizeof(squares_gen)
print("list is over 100x bigger:", list_size > 100 * gen_size)

def count_up(n):
    for i in range(n):
        yield i

small, huge = sys.getsizeof(count_up(10)), sys.getsizeof(count_up(10 ** 6))
print("generator size ignores n:", small == huge)
print("same values:", sum(squares_list) == sum(squares_gen))
