def visit(node):
    value, children = node
    yield value
    total = value
    for child in children:
        total += yield from visit(child)
    return total

def run(node):
    total = yield from visit(node)
    yield f"sum={total}"

tree = (1, [(2, [(4, [])]), (3, [(5, []), (6, [])])])
print(list(run(tree)))
