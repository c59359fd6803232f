s = {3, 1, 2}
s.add(4)
s.add(1)
print(s, len(s))
s.discard(10)
s.remove(3)
print(s)
try:
    s.remove(10)
except KeyError as e:
    print("KeyError:", e)
s.update([7, 8], {9})
print(s)
print(s.pop() in {1, 2, 4, 7, 8, 9}, len(s))
s.clear()
print(s)
