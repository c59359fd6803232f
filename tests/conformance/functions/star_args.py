def total(*numbers):
    print(type(numbers).__name__, numbers)
    return sum(numbers)

print(total())
print(total(1, 2, 3))
values = [4, 5, 6]
print(total(*values))
print(total(*values, 10, *range(3)))
