class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello " + self.name

g = Greeter("ada")
bound = g.hello
print(bound())
print(Greeter.hello(g))
print(list(map(Greeter.hello, [Greeter("x"), Greeter("y")])))
print(type(bound).__name__, type(Greeter.hello).__name__)
