class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def intro(self):
        return f"I am {self.name} and I say {self.speak()}"

class Cat(Animal):
    def __init__(self, name, indoor):
        super().__init__(name)
        self.indoor = indoor

    def speak(self):
        return "meow"

c = Cat("Tom", True)
print(c.intro(), c.indoor)
print(Animal("generic").intro())
print(isinstance(c, Animal), issubclass(Cat, Animal), issubclass(Animal, Cat))
