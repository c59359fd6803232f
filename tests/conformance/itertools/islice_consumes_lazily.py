from itertools import islice

def noisy():
    for i in range(10):
        print("yield", i)
        yield i

it = noisy()
print(list(islice(it, 2, 4)))
print(next(it))
