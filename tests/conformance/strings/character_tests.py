tests = ["abc", "ABC", "123", "12.5", "abc123", " ", "", "Hello World", "x_y"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.islower(), t.isidentifier())
