print({"a": 1, "b": 2} == {"b": 2, "a": 1})
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
mixed = {None: 0, (1, 2): "tuple", "s": "str", 3: [1]}
print(mixed, mixed[(1, 2)])
print({1: "a"} != {1: "b"}, bool({}), bool({0: 0}))
