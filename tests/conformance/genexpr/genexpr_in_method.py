class Basket:
    def __init__(self, items):
        self.items = items

    def total(self, discount=0):
        return sum(price * (1 - discount) for _, price in self.items)

    def names(self):
        return ", ".join(name for name, _ in self.items)

b = Basket([("tea", 4.0), ("cake", 6.5)])
print(b.total(), b.total(0.5), b.names())
