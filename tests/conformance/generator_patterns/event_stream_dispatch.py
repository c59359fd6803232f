def events():
    yield ("click", {"x": 1, "y": 2})
    yield ("key", {"code": "Enter"})
    yield ("click", {"x": 5, "y": 8})
    yield ("quit", {})

handlers = {
    "click": lambda d: f"clicked at {d['x']},{d['y']}",
    "key": lambda d: f"pressed {d['code']}",
}

for kind, data in events():
    if kind == "quit":
        print("bye")
        break
    print(handlers[kind](data))
