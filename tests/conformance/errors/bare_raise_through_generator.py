# A bare raise re-raises with the traceback the error already has: no line for the raise.
def parse(text):
    return int(text)

def load(items):
    for item in items:
        try:
            yield parse(item)
        except ValueError:
            print("bad item", repr(item))
            raise

def total(items):
    try:
        return sum(load(items))
    except ValueError:
        print("giving up")
        raise

print(total(["1", "2"]))
total(["3", "x"])
