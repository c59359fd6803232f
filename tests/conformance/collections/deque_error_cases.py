# Deque errors, caught and printed the way a learner would explore them.
from collections import deque

def attempt(label, action):
    try:
        print(label, action())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

d = deque([10, 20, 30])
attempt("index 3", lambda: d[3])
attempt("index -4", lambda: d[-4])
attempt("slice", lambda: d[0:2])
attempt("str index", lambda: d["0"])
attempt("remove 99", lambda: d.remove(99))
attempt("index 99", lambda: d.index(99))
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("maxlen -1", lambda: deque([], maxlen=-1))
attempt("maxlen str", lambda: deque([], maxlen="3"))
attempt("not iterable", lambda: deque(5))
attempt("too many", lambda: deque([], 2, 3))
attempt("bad keyword", lambda: deque(items=[1]))
attempt("full insert", lambda: deque([1, 2], maxlen=2).insert(1, 5))
attempt("concat list", lambda: d + [40])
attempt("list concat", lambda: [0] + d)
attempt("times str", lambda: d * "2")
attempt("compare list", lambda: d < [1])
attempt("hash", lambda: hash(d))
attempt("set maxlen", lambda: setattr(d, "maxlen", 5))
attempt("append 2 args", lambda: d.append(1, 2))
attempt("pop arg", lambda: d.pop(0))
attempt("rotate str", lambda: d.rotate("1"))

def grow_while_iterating():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x * 10)

def shrink_while_iterating():
    q = deque([1, 2, 3])
    for x in q:
        if x == 2:
            q.popleft()

attempt("grow", grow_while_iterating)
attempt("shrink", shrink_while_iterating)
q = deque([1, 2, 3])
for x in q:
    q[0] = x  # replacing an item is not a change of size
print(q)
it = iter(q)
next(it)
q.rotate()
attempt("rotated", lambda: next(it))
