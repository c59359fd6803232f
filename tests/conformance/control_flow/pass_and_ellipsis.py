def todo():
    pass

class Empty:
    pass

def later():
    ...

print(todo(), later())
print(Empty.__name__)
print(...)
