# A class without __init__ (or with a misspelt one) refuses arguments.
class Empty:
    pass

class Typo:
    def __int__(self, name):   # meant __init__
        self.name = name

class OnlyNew:
    def __new__(cls, *args):
        print('__new__ got', args)
        return super().__new__(cls)

print(type(Empty()).__name__)
print(type(OnlyNew(1, 2)).__name__)
for make in [lambda: Empty(1), lambda: Empty(x=1), lambda: Typo('rex'), lambda: object(1)]:
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)
Typo('rex')
