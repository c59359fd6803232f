class Capture:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        self.info = (exc_type.__name__ if exc_type else None, str(exc) if exc else None)
        return True

with Capture() as c:
    [].pop()
print(c.info)
with Capture() as c:
    pass
print(c.info)
