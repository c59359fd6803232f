class Robot:
    def __init__(self):
        self.name = "R2"

r = Robot()
try:
    r.speed
except AttributeError as e:
    print("AttributeError:", e)
try:
    Robot.fly()
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(r, "speed", "default speed"))
print(hasattr(r, "name"), hasattr(r, "speed"))
setattr(r, "speed", 10)
print(r.speed)
