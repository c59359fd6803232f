# super() calls that reach object or Exception: __init__, __repr__, __eq__, __setattr__, __str__.
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return super().__str__() + f" (code {self.code})"
e = AppError("bad", 3)
print(e, e.args, repr(e))
class A:
    def __init__(self):
        super().__init__()
        self.x = 1
    def __repr__(self):
        return "A+" + super().__repr__()[:10]
    def __eq__(self, other):
        return super().__eq__(other)
    def __setattr__(self, k, v):
        print("set", k)
        super().__setattr__(k, v)
a = A()
print(repr(a), a == a, a == A(), a.x, a.__ne__(a))
class B(A):
    def __init__(self):
        super().__init__()
print(B().x)
class D(dict):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = 1
print(D({"a": 1}), D().extra)
class E:
    def __init__(self):
        super().__init__(5)
try:
    E()
except TypeError as e:
    print(e)
