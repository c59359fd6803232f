# __set_name__ tells an object in a class body the name it was given.
class Named:
    def __set_name__(self, owner, name):
        print("  set_name", owner.__name__, name)
        self.name = name

class Config:
    host = Named()
    port = Named()
    plain = 5

print(Config.host.name, Config.port.name, Config.plain)
