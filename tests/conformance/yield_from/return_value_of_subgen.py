def sub():
    yield 1
    yield 2
    return "sub result"

def main():
    result = yield from sub()
    print("sub returned:", result)
    yield 3

print(list(main()))
