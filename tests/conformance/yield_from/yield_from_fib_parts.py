def fib_upto(limit):
    a, b = 0, 1
    while a <= limit:
        yield a
        a, b = b, a + b
    return b

def sequences():
    for limit in (10, 100):
        nxt = yield from fib_upto(limit)
        yield f"(next would be {nxt})"

print(list(sequences()))
