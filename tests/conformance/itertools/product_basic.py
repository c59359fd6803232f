from itertools import product

print(list(product("AB", "xy")))
print(list(product(range(2), repeat=3)))
print(len(list(product("abc", repeat=4))))
print(["".join(p) for p in product("01", repeat=2)])
print(list(product()))
