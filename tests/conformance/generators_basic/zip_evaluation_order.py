def source(name, n):
    for i in range(n):
        print(f"{name} yields {i}")
        yield i

for pair in zip(source("A", 3), source("B", 2)):
    print("pair", pair)
