def tracked(name):
    print(f"{name}: start")
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print(f"{name}: finally")

g = tracked("g")
for x in g:
    print("consumer got", x)
    if x == 1:
        print("consumer closing")
        g.close()
print("after loop")
