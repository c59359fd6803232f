pairs = [("a", 1), ("b", 2), ("c", 3)]
print({v: k for k, v in pairs})
print([k * v for k, v in pairs])
triples = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in triples])
