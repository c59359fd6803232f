# The key function is called once per item, in list order, before sorting.
def key(word):
    print("key", word)
    return len(word)

words = ["pear", "fig", "banana", "kiwi"]
words.sort(key=key)
print(words)

# While the list is being sorted it looks empty.
nums = [3, 1, 2]
def peek(n):
    print("during sort len =", len(nums))
    return n
nums.sort(key=peek)
print(nums)

# Changing the list inside the key function is detected afterwards.
def sneaky(n):
    nums.append(n)
    return n
try:
    nums.sort(key=sneaky)
except ValueError as e:
    print("ValueError:", e, nums)
