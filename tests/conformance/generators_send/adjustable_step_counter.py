def counter(start=0, step=1):
    value = start
    while True:
        command = yield value
        if isinstance(command, dict):
            step = command.get("step", step)
            value = command.get("value", value)
        else:
            value += step

c = counter()
print([next(c) for _ in range(3)])
print(c.send({"step": 10}))
print([next(c) for _ in range(2)])
print(c.send({"value": -1, "step": -1}))
print(next(c), next(c))
