# dict.update accepts a dict, pairs, a generator of pairs, keywords, or
# any object with keys() and [].
config = {"debug": False}
config.update({"level": 1})
config.update([("name", "app"), ["port", 8080]])
config.update((f"opt{i}", i) for i in range(2))
config.update(debug=True, level=3)
print(config)

class Defaults:
    def keys(self):
        return ["color", "size"]
    def __getitem__(self, key):
        print("looking up", key)
        return key.upper()
config.update(Defaults())
print(config)

def pairs():
    yield ("x", 1)
    print("size so far:", len(config))
    yield "yz"
config.update(pairs())
print(config["y"])

for bad in [[1], [("a", 1, 2)], 7]:
    try:
        {}.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
