def f():
    try:
        1/0
    except:
        print("x")
        raise
f()
