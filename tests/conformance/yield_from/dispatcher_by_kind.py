def numbers(n):
    yield from range(n)
    return f"{n} numbers"

def letters(s):
    yield from s
    return f"{len(s)} letters"

def dispatch(jobs):
    summaries = []
    for kind, arg in jobs:
        sub = numbers(arg) if kind == "num" else letters(arg)
        summaries.append((yield from sub))
    return summaries

g = dispatch([("num", 3), ("txt", "ab"), ("num", 1)])
try:
    while True:
        print(next(g), end=" ")
except StopIteration as e:
    print()
    print(e.value)
