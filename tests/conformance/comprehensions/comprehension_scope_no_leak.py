x = "before"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y * 2 for _ in range(2)])
print([i for i in range(3)])
try:
    print(i)
except NameError as e:
    print("NameError:", e)
