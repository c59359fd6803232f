nums = [3, 1, 2]
result = nums.sort()
print(result, nums)
nums2 = [3, 1, 2]
print(sorted(nums2), nums2, list(reversed(nums2)), nums2[::-1])
x = [1, 2]
y = x
x = x + [3]
print(x, y)
x = [1, 2]
y = x
x += [3]
print(x, y)
