x = "global"

def outer():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "modified by inner"
    inner()
    return x

def set_global():
    global x
    x = "changed globally"

print(outer())
print(x)
set_global()
print(x)
