def convert(value):
    try:
        return int(value)
    except (TypeError, ValueError) as e:
        return f"{type(e).__name__}: {e}"

print(convert("42"))
print(convert("4.2"))
print(convert(None))
print(convert([1]))
