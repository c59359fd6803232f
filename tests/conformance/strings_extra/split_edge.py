cases = ["  a  b   c  ", "a,b,,c,", "", "   ", "one", "a\tb\nc\x0bd\x0ce\x1cf\x1dg\x1eh\x1fi\x85j\xa0k\u3000l"]
for s in cases:
    print(repr(s))
    print("  split()     ", s.split())
    print("  split(None,1)", s.split(None, 1))
    print("  rsplit(None,1)", s.rsplit(None, 1))
    print("  split(',')  ", s.split(","))
    print("  split(',',1)", s.split(",", 1))
    print("  rsplit(',',1)", s.rsplit(",", 1))
    print("  rsplit(',',0)", s.rsplit(",", 0))
print("a--b--c".split("--", maxsplit=1), "a--b--c".rsplit(sep="--", maxsplit=1))
print("aaa".split("aa"), "aaa".rsplit("aa"), "ééxéé".split("x"), "ééxéé".rsplit("é", 2))
print("  x  y  ".split(maxsplit=0), "  x  y  ".rsplit(maxsplit=0))
lines = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1d8\x1e9\x8510\u202811\u202912\n\nend"
print(lines.splitlines())
print(lines.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(keepends=True), "\r\n\r".splitlines(True))
for bad in [lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".split(1),
            lambda: "a".split(x=1), lambda: "a".split(",", 1, 2), lambda: "a".split(",", sep=",")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
