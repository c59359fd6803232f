from functools import partial

def power(base, exponent):
    return base ** exponent

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10))
print([square(n) for n in range(5)])
print(square.func is power, square.args, square.keywords, two_to.args)
