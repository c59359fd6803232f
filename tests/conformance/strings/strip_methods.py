s = "   padded text \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "www.example.com".strip("cmow."))
print("file.txt".removesuffix(".txt"), "test_case".removeprefix("test_"))
print("abc".removeprefix("z"))
