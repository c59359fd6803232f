def gen(limit):
    for i in range(limit):
        if i % 2 == 0:
        yield i
