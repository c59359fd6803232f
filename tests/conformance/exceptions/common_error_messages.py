def attempt(label, action):
    try:
        action()
    except Exception as e:
        print(f"{label}: {type(e).__name__} {e}")

attempt("name", lambda: undefined_variable)
attempt("add", lambda: 1 + "a")
attempt("index", lambda: [1, 2][10])
attempt("key", lambda: {"a": 1}["b"])
attempt("attr", lambda: (5).append)
attempt("value", lambda: int("x"))
attempt("zero", lambda: 1 / 0)
attempt("call", lambda: 5())
attempt("sub", lambda: None[0])
attempt("neg", lambda: -"text")
