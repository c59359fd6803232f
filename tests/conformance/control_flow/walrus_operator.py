data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
values = iter([5, 2, 0, 7])
while (v := next(values)) != 0:
    print("value", v)
print([y for x in data if (y := x * 3) > 10])
