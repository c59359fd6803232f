def apply(func, values):
    return [func(v) for v in values]

ops = {"double": lambda x: 2 * x, "negate": lambda x: -x, "str": str}
for name, op in ops.items():
    print(name, apply(op, [1, 2, 3]))
print(apply(len, ["a", "bb", "ccc"]))
