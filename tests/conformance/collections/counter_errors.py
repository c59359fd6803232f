# Counter errors, caught and printed.
from collections import Counter

def attempt(label, action):
    try:
        print(label, action())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("int", lambda: Counter(5))
attempt("two args", lambda: Counter("ab", "cd"))
attempt("update two", lambda: Counter().update("a", "b"))
attempt("update int", lambda: Counter().update(7))
attempt("fromkeys", lambda: Counter.fromkeys("abc"))
attempt("unhashable", lambda: Counter([["a"], ["b"]]))
attempt("plus int", lambda: Counter("a") + 1)
attempt("plus dict", lambda: Counter("a") + {"a": 1})
attempt("xor", lambda: Counter("a") ^ Counter("b"))
attempt("less dict", lambda: Counter("a") < {"a": 2})
attempt("hash", lambda: hash(Counter()))
attempt("float elements", lambda: list(Counter(a=1.5).elements()))
attempt("str n", lambda: Counter("aab").most_common("2"))
attempt("n keyword", lambda: Counter("aab").most_common(n=1))
attempt("bad keyword", lambda: Counter("aab").most_common(k=1))
attempt("str counts", lambda: Counter(a="x", b="y").most_common())
attempt("repr str counts", lambda: Counter(a="x", b=1))
attempt("total str", lambda: Counter(a="x", b=1).total())
c = Counter("hello")
for letter in c.elements():
    if letter == "l":
        attempt("changed", lambda: c.update("z"))
attempt("keep going", lambda: list(c.elements()))
