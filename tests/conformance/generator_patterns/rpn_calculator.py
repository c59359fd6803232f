def tokens(expr):
    yield from expr.split()

def evaluate(tokens):
    stack = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for tok in tokens:
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(int(tok))
        yield list(stack)

for state in evaluate(tokens("3 4 + 2 * 7 /")):
    print(state)
