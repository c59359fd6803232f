def gen():
    yield next(me)

me = gen()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
