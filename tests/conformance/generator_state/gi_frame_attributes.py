# What a generator's frame shows before, during and after its run.
import functools

def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total

g = gen(3)
frame = g.gi_frame
print(frame.f_code.co_name, frame.f_lineno, frame.f_locals, frame.f_back, frame.f_globals is globals())
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals, g.gi_frame.f_back)
print(g.gi_code.co_varnames, g.gi_code.co_firstlineno)
list(g)
print(g.gi_frame)

def logged(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args)
    return wrapper

@logged
def decorated():
    yield 1

squares = (x * x
           for x in range(3))
for item in (decorated(), squares):
    print(item.gi_frame.f_lineno, item.gi_code.co_firstlineno, item.gi_code.co_name)
