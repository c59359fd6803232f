class Base:
    def greet(self):
        return "hello from Base"

class Child(Base):
    def greet(self):
        return super().greet() + " and Child"

class GrandChild(Child):
    def greet(self):
        return super().greet() + " and GrandChild"

print(GrandChild().greet())
print([k.__name__ for k in GrandChild.__mro__])
