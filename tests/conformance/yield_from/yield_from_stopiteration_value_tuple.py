def sub():
    yield "working"
    return ("status", 200)

def main():
    status, code = yield from sub()
    print(status, code)

list(main())
