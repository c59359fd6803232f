def square_numbers(nums):
    result = []
    for i in nums:
        result.append(i * i)
    return result
