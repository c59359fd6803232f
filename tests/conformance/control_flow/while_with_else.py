n = 10
while n > 0:
    n -= 3
else:
    print("loop ended normally, n =", n)

n = 10
while n > 0:
    if n == 4:
        print("breaking at", n)
        break
    n -= 3
else:
    print("not printed")
