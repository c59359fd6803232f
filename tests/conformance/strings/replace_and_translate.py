s = "one two one three one"
print(s.replace("one", "1"))
print(s.replace("one", "1", 2))
print(s.replace(" ", ""))
table = str.maketrans("aeiou", "12345")
print("generators".translate(table))
print("hello".translate(str.maketrans("", "", "l")))
