def coroutine(func):
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start

@coroutine
def grep(pattern):
    print(f"Looking for {pattern!r}")
    while True:
        line = yield
        if pattern in line:
            print("match:", line)

g = grep("python")
g.send("I love python")
g.send("generators are neat")
g.send("python generators")
