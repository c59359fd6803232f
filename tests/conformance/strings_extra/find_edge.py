s = "héllo wörld héllo"
for sub in ["héllo", "l", "ö", "", "xyz", "o w"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.rfind(sub, 0, -3),
          s.find(sub, -5), s.count(sub, 2, 10))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind(""), "abc".rfind("", 1, 2), "abc".count("", 1))
print("abc".count("", 5), "abc".find("c", -100, 100), "abc".find("a", None, None), "abc".find("b", 1, 1))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "".find(""), "".count(""))
print(s.index("wö"), s.rindex("l"), s.startswith("hé"), s.startswith("é", 1), s.endswith("llo", 0, 5))
print(s.startswith(("x", "wö"), 6), s.endswith(("xyz",)), s.startswith(()), "abc".startswith("", 3),
      "abc".startswith("", 4), "abc".endswith("", -1), "abc".endswith("bc", -2, None))

class Idx:
    def __index__(self):
        return 2

print("abcabc".find("c", Idx()), "abcabc".startswith("c", Idx()))
tests = [lambda: s.index("zz"), lambda: s.rindex("zz"), lambda: s.find(1), lambda: s.count(None),
         lambda: s.find("a", "x"), lambda: s.startswith(1), lambda: s.endswith(("a", 2)),
         lambda: s.find(), lambda: s.find("a", 1, 2, 3), lambda: s.find(sub="a"), lambda: s.index("a", 1.5)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
