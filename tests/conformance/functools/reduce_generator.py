from functools import reduce

def numbers():
    for i in range(1, 6):
        print("yield", i)
        yield i

print(reduce(lambda a, b: a * 10 + b, numbers()))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
