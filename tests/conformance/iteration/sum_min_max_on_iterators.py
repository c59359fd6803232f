def gen():
    yield from [4, 9, 2, 7]

print(sum(gen()), min(gen()), max(gen()))
print(min(gen(), key=lambda x: -x))
print(max([], default="empty"), min((), default=0))
try:
    max(x for x in [])
except ValueError as e:
    print("ValueError:", e)
