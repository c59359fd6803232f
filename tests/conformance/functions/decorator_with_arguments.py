def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def roll(x):
    return x * 2

print(roll(5))
