def gen():
    try:
        raise StopIteration("inside try")
    except StopIteration as e:
        yield f"handled {e}"
    yield "continues"

print(list(gen()))
