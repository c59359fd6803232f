def config():
    settings = {}
    while True:
        update = yield dict(settings)
        key, value = update
        settings[key] = value

c = config()
next(c)
print(c.send(("debug", True)))
print(c.send(("level", 3)))
print(c.send(("debug", False)))
