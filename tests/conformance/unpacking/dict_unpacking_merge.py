defaults = {"color": "blue", "size": "M"}
custom = {"size": "L", "logo": True}
merged = {**defaults, **custom}
print(merged)
print({**custom, **defaults})
print(defaults | custom)
d = dict(defaults)
d |= {"color": "red"}
print(d)
