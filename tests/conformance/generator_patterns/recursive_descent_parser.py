def tokenize(text):
    for tok in text.replace("(", " ( ").replace(")", " ) ").split():
        yield tok

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.current = next(self.tokens, None)

    def advance(self):
        tok = self.current
        self.current = next(self.tokens, None)
        return tok

    def expr(self):
        value = self.term()
        while self.current in ("+", "-"):
            op = self.advance()
            value = value + self.term() if op == "+" else value - self.term()
        return value

    def term(self):
        value = self.factor()
        while self.current in ("*", "/"):
            op = self.advance()
            value = value * self.factor() if op == "*" else value / self.factor()
        return value

    def factor(self):
        tok = self.advance()
        if tok == "(":
            value = self.expr()
            self.advance()
            return value
        return int(tok)

for text in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "2 * (3 + 4) * 5"]:
    print(text, "=", Parser(tokenize(text)).expr())
