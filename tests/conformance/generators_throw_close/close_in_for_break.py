def numbers():
    n = 0
    try:
        while True:
            yield n
            n += 1
    except GeneratorExit:
        print(f"closed at {n}")
        raise

g = numbers()
for x in g:
    if x == 3:
        break
g.close()
print("after explicit close")
