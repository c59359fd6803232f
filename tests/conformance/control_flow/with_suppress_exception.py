class Suppress:
    def __init__(self, *exceptions):
        self.exceptions = exceptions
    def __enter__(self):
        return None
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.exceptions):
            print("suppressed", exc_type.__name__, exc)
            return True
        return False

with Suppress(KeyError, IndexError):
    [1, 2][5]
print("continues")
with Suppress(KeyError) as nothing:
    print("value of as-target:", nothing)
