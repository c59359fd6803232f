class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("acquire", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("release", self.name, exc_type.__name__ if exc_type else None)
        return False

def worker():
    with Resource("db"):
        yield "query 1"
        yield "query 2"

w = worker()
print(next(w))
w.close()
print("worker closed")
