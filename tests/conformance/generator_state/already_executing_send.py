def gen():
    while True:
        value = yield
        if value == "self":
            me.send("again")

me = gen()
next(me)
try:
    me.send("self")
except ValueError as e:
    print(type(e).__name__, e)
import inspect
print(inspect.getgeneratorstate(me))
