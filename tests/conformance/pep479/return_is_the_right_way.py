def gen():
    yield 1
    return

print(list(gen()))

def bad():
    yield 1
    raise StopIteration

try:
    print(list(bad()))
except RuntimeError as e:
    print("list() saw RuntimeError:", e)
