# defaultdict's errors and the cases where no key is created.
from collections import defaultdict

def attempt(label, action):
    try:
        print(label, action())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("not callable", lambda: defaultdict(5))
attempt("str factory", lambda: defaultdict("list"))
attempt("two mappings", lambda: defaultdict(list, {}, {}))
attempt("bad pairs", lambda: defaultdict(list, [1, 2]))
attempt("no factory", lambda: defaultdict()["k"])
attempt("None factory", lambda: defaultdict(None, a=1)["b"])
attempt("unhashable key", lambda: defaultdict(list)[["a"]])
attempt("hash", lambda: hash(defaultdict(int)))

def failing_factory():
    raise ValueError("no default for you")

d = defaultdict(failing_factory)
attempt("factory raises", lambda: d["x"])
print(len(d), dict(d))

def needs_arg(x):
    return x

attempt("factory args", lambda: defaultdict(needs_arg)["k"])

lookups = defaultdict(list)
print(lookups.get("a"), "a" in lookups, lookups.pop("a", None), len(lookups))
print(lookups.setdefault("b", [1]), lookups["c"], lookups)
lookups.default_factory = None
attempt("after None", lambda: lookups["d"])
print(repr(defaultdict(None)), defaultdict(int, [("x", 1)]))
