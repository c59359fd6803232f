nums = [5, 2, 9, 1, 5, 6]
print(sorted(nums), nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Pie", "apple", "fig"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
