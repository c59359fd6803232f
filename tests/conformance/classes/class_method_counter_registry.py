class Plugin:
    registry = []

    def __init__(self, name):
        self.name = name
        Plugin.registry.append(self)

    @classmethod
    def names(cls):
        return [p.name for p in cls.registry]

    @staticmethod
    def describe():
        return "plugin system"

Plugin("csv")
Plugin("json")
print(Plugin.names(), Plugin.describe())
print(len(Plugin.registry))
