def counter(start=0):
    n = start
    while True:
        cmd = yield n
        if cmd == "reset":
            n = start
        elif isinstance(cmd, int):
            n += cmd
        else:
            n += 1

c = counter(100)
print(next(c), next(c), next(c))
print(c.send(50))
print(c.send("reset"))
print(next(c))
