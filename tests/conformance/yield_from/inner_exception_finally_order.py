def inner():
    try:
        yield 1
        raise KeyError("inner problem")
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", e)
        yield "recovered"
    finally:
        print("outer finally")

print(list(outer()))
