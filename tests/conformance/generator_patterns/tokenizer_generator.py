def tokenize(expr):
    number = ""
    for ch in expr:
        if ch.isdigit():
            number += ch
            continue
        if number:
            yield ("NUM", int(number))
            number = ""
        if ch in "+-*/()":
            yield ("OP", ch)
        elif not ch.isspace():
            yield ("ERR", ch)
    if number:
        yield ("NUM", int(number))

for tok in tokenize("12 + 3*(45 - 6) ? 7"):
    print(tok)
