def numbers():
    yield from range(1, 11)

def only_odd(nums):
    for n in nums:
        if n % 2:
            yield n

def squared(nums):
    for n in nums:
        yield n * n

print(list(squared(only_odd(numbers()))))
print(sum(squared(only_odd(numbers()))))
