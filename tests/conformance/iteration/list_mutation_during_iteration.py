nums = [2, 4, 6, 8, 10]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
print([n for n in [1, 2, 3, 4, 5, 6] if n % 2])
