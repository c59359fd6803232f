# Copying instances, __copy__/__deepcopy__ hooks and the collections types.
import copy
from collections import defaultdict, Counter, OrderedDict, deque

class Point:
    def __init__(self, x, y):
        print('__init__ runs only here')
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
p.y.append(3)
print(p, q, r, type(r).__name__, q.y is p.y, r.y is p.y)

class Tracked:
    def __init__(self):
        self.items = [1]
    def __copy__(self):
        print('__copy__ called')
        return 'shallow copy'
    def __deepcopy__(self, memo):
        print('__deepcopy__ called with a', type(memo).__name__)
        return 'deep copy'

print(copy.copy(Tracked()))
print(copy.deepcopy([Tracked(), 5]))

dd = defaultdict(list)
dd['a'].append(1)
dd2 = copy.deepcopy(dd)
dd2['b'].append(2)
print(dd, dd2)
print(copy.copy(Counter('hello')), copy.deepcopy(Counter('abca')))
od = OrderedDict(a=[1])
od2 = copy.deepcopy(od)
od2['a'].append(2)
print(od, od2)
dq = deque([[1], [2]], maxlen=3)
dq2 = copy.deepcopy(dq)
dq2[0].append(5)
print(dq, dq2, copy.copy(dq))

class AppError(Exception):
    pass

e = AppError('failed', [1])
e2 = copy.deepcopy(e)
print(repr(e2), e2.args[1] is e.args[1])

def countdown(n):
    while n:
        yield n
        n -= 1

try:
    copy.copy(countdown(3))
except TypeError as err:
    print('TypeError:', err)
