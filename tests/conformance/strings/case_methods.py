s = "hello World of PYTHON"
print(s.upper(), s.lower(), sep=" | ")
print(s.title(), s.capitalize(), s.swapcase(), sep=" | ")
print("abc".isupper(), "ABC".isupper(), "Abc".istitle())
