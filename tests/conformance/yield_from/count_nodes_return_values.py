def walk(tree):
    name, children = tree
    yield name
    count = 1
    for child in children:
        count += yield from walk(child)
    return count

def report(tree):
    total = yield from walk(tree)
    print("nodes:", total)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
print(list(report(tree)))
