def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

def filter_even(target):
    while True:
        n = yield
        if n % 2 == 0:
            target.send(n)

p = printer(">>")
next(p)
f = filter_even(p)
next(f)
for i in range(7):
    f.send(i)
