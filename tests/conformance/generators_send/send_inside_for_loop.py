def numbers():
    n = 0
    while n < 10:
        skip = yield n
        n += skip if skip else 1

g = numbers()
for value in g:
    print("loop got", value)
    if value == 1:
        print("send got", g.send(5))
