def resilient():
    value = None
    while True:
        try:
            received = yield value
            value = received * 2
        except ArithmeticError:
            value = "reset"

r = resilient()
next(r)
print(r.send(5))
print(r.throw(ZeroDivisionError))
print(r.send(21))
