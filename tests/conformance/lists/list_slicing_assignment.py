letters = list("abcdefg")
print(letters[2:5], letters[::-1], letters[-2:])
letters[1:3] = ["X", "Y", "Z"]
print(letters)
letters[::2] = ["0"] * 4
print(letters)
letters[:] = []
print(letters)
nums = [0, 1, 2, 3, 4, 5]
del nums[1::2]
print(nums)
