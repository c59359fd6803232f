def numbers():
    yield 1
    yield 1 / 0
    yield 3

collected = []
try:
    for n in numbers():
        collected.append(n)
except ZeroDivisionError as e:
    print("stopped by", type(e).__name__, "after", collected)
