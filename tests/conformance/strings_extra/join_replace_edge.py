def gen():
    yield "x"
    yield "é"
    yield "z"


print(", ".join(["a", "b", "c"]), "".join(gen()), "-".join("abc"), "|".join([]), "+".join(("one",)))
print("é".join({"k1": 1, "k2": 2}), "".join(map(str, range(5))), " ".join(w.upper() for w in ["a", "b"]))
tests = [lambda: ",".join([1]), lambda: ",".join(["a", 1]), lambda: ",".join(1), lambda: ",".join(None),
         lambda: ",".join(), lambda: ",".join(["a", None, 3])]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
print("abcabc".replace("b", "XY"), "abcabc".replace("b", "", 1), "aaa".replace("a", "b", 2))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("héhé".replace("é", "e"), "aaaa".replace("aa", "a"), "abc".replace("x", "y"), "abc".replace("b", "b", 0))
print("abc".replace("", "-", 0), "abc".replace("abc", ""), "a.b.c".replace(".", "", -1), "ab".replace("", "é"))
for t in [lambda: "a".replace(1, "b"), lambda: "a".replace("a", 2), lambda: "a".replace("a"),
          lambda: "a".replace("a", "b", "c"), lambda: "a".replace("a", "b", count=1)]:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"), "abc".rpartition("x"))
print("éxé".partition("x"), "abc".partition("abc"))
for t in [lambda: "a".partition(""), lambda: "a".partition(1), lambda: "a".rpartition()]:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
table = {ord("a"): "4", ord("e"): None, ord("l"): ord("1")}
print("hello a lot".translate(table), "abc".translate({}), "é".translate({233: "e"}))
