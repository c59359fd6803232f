def worker(name):
    try:
        while True:
            yield name
    finally:
        print(name, "stopped")

workers = [worker(n) for n in ("w1", "w2", "w3")]
for w in workers:
    next(w)
for w in reversed(workers):
    w.close()
print("all stopped")
