# The error messages of list and tuple methods.
def attempt(label, action):
    try:
        action()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")

attempt("pop empty", lambda: [].pop())
attempt("pop far", lambda: [1, 2].pop(5))
attempt("remove missing", lambda: [1, 2].remove(3))
attempt("index missing", lambda: ["a"].index("b"))
attempt("tuple index", lambda: (1, 2).index(3))
attempt("append two", lambda: [].append(1, 2))
attempt("insert one", lambda: [].insert(0))
attempt("pop str", lambda: [1].pop("0"))
attempt("index start", lambda: [1].index(1, "0"))
attempt("sort positional", lambda: [2, 1].sort(True))
attempt("sort keyword", lambda: [2, 1].sort(reversed=True))
attempt("extend int", lambda: [].extend(5))
attempt("count none", lambda: [].count())
[10, 20, 30].remove(40)
