def attempt(action):
    try:
        action()
    except TypeError as e:
        print(e)

attempt(lambda: "a" * "b")
attempt(lambda: [1] - [1])
attempt(lambda: 3 < "x")
attempt(lambda: {} + {})
attempt(lambda: len(5))
attempt(lambda: "abc"[1.5])
attempt(lambda: [1, 2]["0"])
attempt(lambda: sum(1))
attempt(lambda: int([]))
attempt(lambda: None + 1)
attempt(lambda: (lambda x: x)())
attempt(lambda: "text".upper(1))
