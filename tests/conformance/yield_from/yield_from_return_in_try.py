def sub():
    try:
        yield "sub"
        return "from try"
    finally:
        print("sub finally")

def main():
    value = yield from sub()
    yield value

print(list(main()))
