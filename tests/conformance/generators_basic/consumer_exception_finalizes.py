def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")

try:
    for x in gen():
        print("got", x)
        raise ValueError("consumer failed")
except ValueError as e:
    print("handler:", e)
print("end")
