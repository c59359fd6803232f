def square_numbers(nums):
    result = []
    for i in nums:
        result.append(i * i)
    return result

# --- usage, added for the conformance suite ---
my_nums = square_numbers([1, 2, 3, 4, 5])
print(my_nums)
print(type(my_nums).__name__, len(my_nums))
