from functools import partial

def take(n, iterable):
    out = []
    for x in iterable:
        if len(out) == n:
            break
        out.append(x)
    return out

def squares():
    n = 0
    while True:
        print("  square", n * n)
        yield n * n
        n += 1

first3 = partial(take, 3)
print(first3(squares()))
print(list(map(partial(take, 2), ["abc", range(5), squares()])))
key_by_len = partial(sorted, key=len)
print(key_by_len(["ccc", "a", "bb"]), key_by_len(["xx", "y"], reverse=True))
