def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)

f()
def g():
    while True:
        try:
            break
        finally:
            print("finally on break")
    return "done"
print(g())
