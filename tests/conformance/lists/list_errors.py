lst = [1, 2, 3]
for action in [lambda: lst[5], lambda: lst.remove(9), lambda: lst.index(7), lambda: [].pop(), lambda: lst.pop(10)]:
    try:
        action()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
