print(repr("  \t x \n ".strip()), repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")))
print(repr("\u3000 wide \u2003".strip()), repr("..a..".lstrip(".")), repr("..a..".rstrip(".")))
print(repr("ééaéé".strip("é")), repr("aaa".strip("a")), repr("".strip()), repr("abc".strip(None)))
print(repr("\x1c\x1d x \x1e\x1f".strip()), repr("\x00x\x00".strip()), repr("xyz".strip("")))
for w in range(0, 9):
    print(w, repr("ab".center(w, "*")), repr("abc".center(w)), repr("é".ljust(w, "ü")), repr("x".rjust(w, "-")))
for s in ["42", "-42", "+42", "", "-", "abc", "é"]:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(1)))
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tbc\tdef\tg".expandtabs(3)))
print(repr("x\ty\n\tz\r\tw".expandtabs(4)), repr("\t".expandtabs(0)), repr("é\tx".expandtabs(tabsize=2)))
print(repr("abc".removeprefix("ab")), repr("abc".removeprefix("x")), repr("abc".removesuffix("bc")),
      repr("abc".removesuffix("")), repr("abc".removeprefix("abcd")))
tests = [lambda: "a".strip(1), lambda: "a".lstrip(1), lambda: "a".center(), lambda: "a".center(5, "ab"),
         lambda: "a".center("5"), lambda: "a".ljust(5, 1), lambda: "a".zfill(), lambda: "a".zfill("3"),
         lambda: "a".expandtabs("x"), lambda: "a".removeprefix(1), lambda: "a".center(1, 2, 3),
         lambda: "a".strip("a", "b"), lambda: "a".rjust(3, "")]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
