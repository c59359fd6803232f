from functools import partial

def tag(name, text, cls="", sep=" "):
    return f"<{name}{sep}class='{cls}'>{text}</{name}>"

div = partial(tag, "div", cls="box")
print(div("hi"))
styled = partial(div, cls="card", sep="")
print(styled("deep"), styled.func is tag, styled.args, styled.keywords)
print(partial(partial(pow, 2), 8)(), partial(partial(pow, 2), 8).args)
print(repr(partial(len, "abc")), repr(partial(divmod, 7)))
print(type(div).__name__, callable(div))
for args in [(), (5,)]:
    try:
        partial(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    div()
except TypeError as e:
    print("TypeError:", e)
