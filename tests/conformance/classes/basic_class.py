class Dog:
    species = "Canis familiaris"

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def description(self):
        return f"{self.name} is {self.age} years old"

    def speak(self, sound):
        return f"{self.name} says {sound}"

buddy = Dog("Buddy", 9)
print(buddy.description())
print(buddy.speak("Woof"))
print(buddy.species, Dog.species)
print(type(buddy).__name__, isinstance(buddy, Dog))
