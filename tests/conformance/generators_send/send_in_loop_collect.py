def collector():
    items = []
    while True:
        item = yield len(items)
        if item == "stop":
            break
        items.append(item)
    return items

c = collector()
print(next(c))
for word in ["alpha", "beta", "gamma"]:
    print(c.send(word))
try:
    c.send("stop")
except StopIteration as e:
    print(e.value)
