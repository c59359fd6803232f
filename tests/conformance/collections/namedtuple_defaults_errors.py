from collections import namedtuple

Config = namedtuple("Config", ["host", "port"], defaults=[8080])
print(Config("localhost"), Config("example.org", 443))
try:
    Config()
except TypeError as e:
    print("TypeError:", e)
try:
    Config("a", 1, 2)
except TypeError as e:
    print("TypeError:", e)
