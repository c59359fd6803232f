def numbers():
    n = 0
    while n < 6:
        try:
            yield n
        except ValueError:
            print("skipping ahead")
            n += 2
        n += 1

g = numbers()
for x in g:
    print("got", x)
    if x == 1:
        print("throw returned", g.throw(ValueError))
