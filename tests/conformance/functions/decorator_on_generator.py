def logged(gen_func):
    def wrapper(*args):
        print("starting", gen_func.__name__, args)
        for value in gen_func(*args):
            print("  value", value)
            yield value
        print("finished", gen_func.__name__)
    return wrapper

@logged
def evens(n):
    yield from range(0, n, 2)

print(sum(evens(7)))
