# Copying or merging dicts reuses the stored hashes; looking a key up hashes
# it once.
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        print("hash", self.name)
        return hash(self.name)
    def __eq__(self, other):
        print("eq", self.name)
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return f"Key({self.name!r})"

d = {Key("a"): 1, Key("b"): 2}
print("-- copy")
e = d.copy()
print("-- update from dict")
e.update(d)
f = {}
f.update(d)
print("-- get / pop with a new key")
print(d.get(Key("a")))
print(d.pop(Key("b")))
print("-- popitem")
print(d.popitem())
print("-- fromkeys of a dict")
print(dict.fromkeys(e, 0))
