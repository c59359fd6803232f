def echo():
    while True:
        got = yield
        print("got", got)

a = echo()
next(a)
a.send("via next()")
b = echo()
b.send(None)
b.send("via send(None)")
