def worker():
    while True:
        yield "working"

w = worker()
print(next(w))
w.throw(RuntimeError("shutting down"))
