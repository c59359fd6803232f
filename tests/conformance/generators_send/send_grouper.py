def batcher(size):
    batch = []
    while True:
        item = yield
        batch.append(item)
        if len(batch) == size:
            print("batch:", batch)
            batch = []

b = batcher(3)
next(b)
for i in range(8):
    b.send(i)
b.close()
print("closed with leftovers unsent")
