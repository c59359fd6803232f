for value in [42, 3.5, None]:
    try:
        iter(value)
    except TypeError as e:
        print(e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)
