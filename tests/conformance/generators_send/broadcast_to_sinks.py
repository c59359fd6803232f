def sink(name):
    while True:
        item = yield
        print(f"{name} received {item}")

def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

sinks = [sink("A"), sink("B")]
for s in sinks:
    next(s)
b = broadcast(sinks)
next(b)
b.send("hello")
b.send(42)
