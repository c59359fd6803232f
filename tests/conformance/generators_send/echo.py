def echo():
    received = None
    while True:
        received = yield received
        print("echo got", received)

e = echo()
print(next(e))
print(e.send("hello"))
print(e.send(42))
print(e.send(None))
