print(hash(1) == hash(1.0) == hash(True), hash("abc") == hash("abc"), hash((1, 2)) == hash((1, 2)))
print(hash(0), hash(12345), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(1.5), hash(0.0), hash(-0.0), hash(None) == hash(None))
print(hash(frozenset()) == hash(frozenset()))
for bad in [[], {}, set()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
