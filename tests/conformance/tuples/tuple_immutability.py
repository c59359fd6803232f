t = (1, [2, 3])
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
t[1].append(4)
print(t)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)))
