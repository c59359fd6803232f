users = [(1, "ada"), (2, "bob"), (3, "cy")]
orders = [(1, "book"), (3, "lamp"), (1, "pen"), (4, "ghost")]

def join(left, right):
    index = {}
    for key, value in right:
        index.setdefault(key, []).append(value)
    for key, value in left:
        for match in index.get(key, []):
            yield key, value, match

for row in join(users, orders):
    print(row)
