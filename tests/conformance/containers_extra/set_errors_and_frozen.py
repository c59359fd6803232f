# frozenset methods, set keys looked up as frozensets, and error messages.
f = frozenset([3, 1, 2])
print(f.union([9]), f.intersection([1, 2]), f.difference([1]), f.symmetric_difference([1, 7]))
print(f.copy() is f, f.union() is f, type(f.union([5])).__name__, type(set([5]).union(f)).__name__)
print(f.issubset(range(5)), f.issuperset([1]), f.isdisjoint([8]))
families = set([frozenset(["x", "y"]), 1])
families.discard(set(["x", "y"]))
print(families)
def attempt(label, action):
    try:
        print(label, action())
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("remove", lambda: set([1]).remove(2))
attempt("remove set", lambda: set([1]).remove(set([1])))
attempt("add list", lambda: set().add([1]))
attempt("pop empty", lambda: set().pop())
attempt("update int", lambda: set().update(3))
attempt("no arg", lambda: set().issubset())
attempt("keyword", lambda: set().union(x=1))
attempt("frozen add", lambda: frozenset().add(1))
set(["a"]).remove("b")
