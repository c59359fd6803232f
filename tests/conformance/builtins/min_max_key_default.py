words = ["kiwi", "fig", "banana", "apple"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max(3, 7, 5), min(3, 7, 5), max([1, 5], [1, 6]))
print(max([], default=None), min([], default="empty"), max([2], default=0))
print(max({"a": 3, "b": 1}.items(), key=lambda kv: kv[1]))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
