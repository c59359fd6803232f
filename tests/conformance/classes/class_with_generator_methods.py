class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        return self

    def low_stock(self, threshold):
        for name, qty in self.items.items():
            if qty < threshold:
                yield name

    def __iter__(self):
        yield from sorted(self.items.items())

inv = Inventory().add("bolts", 50).add("nuts", 3).add("gears", 7).add("nuts", 1)
print(list(inv.low_stock(10)))
for name, qty in inv:
    print(name, qty)
