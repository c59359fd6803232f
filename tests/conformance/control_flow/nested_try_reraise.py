def parse(text):
    try:
        try:
            return int(text)
        except ValueError:
            print("inner handler for", repr(text))
            raise
    except ValueError as e:
        print("outer handler:", e)
        return -1

print(parse("12"))
print(parse("twelve"))
