def numbered():
    n = 0
    while True:
        msg = yield n
        if msg is not None:
            n = msg
        else:
            n += 1

g = numbered()
for value in g:
    print(value)
    if value == 2:
        print("send ->", g.send(10))
    if value >= 12:
        break
