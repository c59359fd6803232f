values = [0, 1, -1, 0.0, "", "0", [], [0], {}, {"a": 1}, None, (), set(), range(0), range(1)]
for v in values:
    print(repr(v), "truthy" if v else "falsy")
