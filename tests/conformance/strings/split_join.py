csv = "a,b,,c"
print(csv.split(","), csv.split(",", 1), csv.rsplit(",", 1))
print("  many   spaces here ".split())
print("one\ntwo\r\nthree\n".splitlines(), "x\ny\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join(reversed("abc")))
print("a b c".split(" "), "".split(","), "".split())
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
