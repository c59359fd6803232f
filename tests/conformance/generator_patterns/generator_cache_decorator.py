def cached_generator(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            print("computing", n)
            cache[n] = list(func(n))
        return iter(cache[n])
    return wrapper

@cached_generator
def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(4)))
print(list(squares(4)))
print(sum(squares(3)))
