def square_numbers(nums):
    for i in nums:
        yield i * i

# --- usage, added for the conformance suite ---
my_nums = square_numbers([1, 2, 3, 4, 5])
print(type(my_nums).__name__)
print(next(my_nums))
for num in my_nums:
    print(num)
print(list(my_nums))
print(list(square_numbers(range(6))))
