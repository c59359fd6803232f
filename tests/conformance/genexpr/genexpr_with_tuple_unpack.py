pairs = [("a", 1), ("b", 2), ("c", 3)]
print(list(f"{k}{v}" for k, v in pairs))
print(sum(v for _, v in pairs))
print(list((v, k) for k, v in pairs))
