# The TypeErrors of * and ** unpacking of the wrong kind of value, in calls and displays.
def f(*a, **k): pass
class C:
    def m(self, *a): pass
for t in [lambda: f(*5), lambda: print(*5), lambda: C().m(*5), lambda: [*5], lambda: (*5,), lambda: {*5}, lambda: f(**5), lambda: print(**[1]), lambda: {**5}, lambda: f(*None), lambda: f(**{1: 2})]:
    try:
        t()
    except TypeError as e:
        print(e)
