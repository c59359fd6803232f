def counter():
    errors = 0
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError:
            errors += 1
            print("errors so far:", errors)
            continue

c = counter()
print(next(c))
print(c.throw(ValueError))
print(next(c))
print(c.throw(ValueError))
