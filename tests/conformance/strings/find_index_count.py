s = "the cat and the hat"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("dog"))
print(s.index("cat"), s.count("the"), s.count("a"), s.count(""))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
print("at" in s, "dog" not in s, s.startswith("the"), s.endswith(("hat", "cat")))
