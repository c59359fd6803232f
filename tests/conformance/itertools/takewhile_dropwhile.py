from itertools import takewhile, dropwhile

data = [1, 4, 6, 4, 1]
print(list(takewhile(lambda x: x < 5, data)))
print(list(dropwhile(lambda x: x < 5, data)))
print(list(takewhile(str.isalpha, "abc123def")))
print(list(dropwhile(str.isspace, "   indented")))
