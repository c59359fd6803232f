class Plain:
    pass

p = Plain()
print(type(p).__name__, type(p) is Plain, Plain.__name__)
print(repr(p).startswith("<__main__.Plain object at"))
print(str(Plain).startswith("<class '__main__.Plain'>"))
print(Plain)
