# A context manager made by contextmanager also works as a decorator, with a
# fresh generator for each call; and on methods.
from contextlib import contextmanager

@contextmanager
def logged(label):
    print("start", label)
    try:
        yield
    finally:
        print("end", label)

@logged("job")
def job(n, *, scale=1):
    print("working on", n)
    return n * scale

print(job(3, scale=10))
print(job(4))

@logged("failing")
def fails():
    raise ValueError("nope")

try:
    fails()
except ValueError as e:
    print("caught", e)

class Account:
    def __init__(self):
        self.balance = 100

    @contextmanager
    def transaction(self):
        saved = self.balance
        try:
            yield self
        except ValueError:
            self.balance = saved
            print("rolled back")

acct = Account()
with acct.transaction() as a:
    a.balance -= 30
print(acct.balance)
with acct.transaction() as a:
    a.balance -= 500
    raise ValueError("overdrawn")
print(acct.balance)
