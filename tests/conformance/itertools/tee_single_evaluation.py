from itertools import tee

def source():
    for i in range(3):
        print("computing", i)
        yield i * i

a, b = tee(source())
print(list(a))
print(list(b))
