from functools import wraps

def timed(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result}")
        return result
    return wrapper

@timed
def area(w, h=1):
    """Area of a rectangle."""
    return w * h

print(area(3, h=4))
print(area.__name__, area.__doc__, area.__qualname__, area.__module__)
print(area.__wrapped__(2, 5), area.__wrapped__.__name__)

def plain(func):
    def wrapper(*args):
        return func(*args)
    return wrapper

@plain
def volume(a, b, c):
    """Volume of a box."""
    return a * b * c
print(volume(1, 2, 3), volume.__name__, volume.__doc__)
