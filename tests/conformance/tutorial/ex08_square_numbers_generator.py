def square_numbers(nums):
    for i in nums:
        yield i * i
