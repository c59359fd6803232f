for text in ["3.14", "  -2e-3 ", "inf", "abc", "1,5", ""]:
    try:
        print(repr(text), "->", float(text))
    except ValueError as e:
        print(repr(text), "->", "ValueError:", e)
try:
    float([1.0])
except TypeError as e:
    print("TypeError:", e)
