class Cancelled(BaseException):
    pass

def task():
    try:
        while True:
            yield "tick"
    except Cancelled:
        print("task cancelled")
        yield "cancel acknowledged"

t = task()
print(next(t), next(t))
print(t.throw(Cancelled()))
try:
    next(t)
except StopIteration:
    print("task over")
