from collections import defaultdict

d = defaultdict(list)
d["a"].append(1)
print(d)
s = defaultdict(set)
s["x"].add(1)
s["x"].add(1)
print(dict(s))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print(nested["a"]["b"], len(nested))
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
