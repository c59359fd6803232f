def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)

c = catcher()
next(c)
c.throw(ValueError)
c.throw(TypeError("with message"))
c.throw(IndexError, "legacy form")
c.throw(KeyError("k"))
