from functools import cmp_to_key

def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)

words = ["pear", "fig", "apple", "kiwi", "plum", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse_alpha)))

def largest_number(nums):
    # Classic puzzle: order numbers so their concatenation is largest.
    def cmp(x, y):
        return (y + x > x + y) - (y + x < x + y)
    return "".join(sorted(map(str, nums), key=cmp_to_key(cmp)))

print(largest_number([3, 30, 34, 5, 9]), largest_number([10, 2]))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(3) != K(4), K(5) > K(9), K(5).obj)
print(min([4, 7, 1], key=K), max("bca", key=cmp_to_key(lambda a, b: ord(a) - ord(b))))
try:
    K(1) < 1
except TypeError as e:
    print("TypeError:", e)
try:
    K()
except TypeError as e:
    print("TypeError:", e)
bad = cmp_to_key(lambda a, b: "not a number")
try:
    sorted([1, 2], key=bad)
except TypeError as e:
    print("TypeError:", e)
