from dataclasses import dataclass, field, asdict, replace


@dataclass(order=True)
class Product:
    sku: str
    name: str = field(compare=False)
    price: float = field(compare=False, default=0.0)
    stock: int = field(compare=False, default=0)

    @property
    def value(self):
        return round(self.price * self.stock, 2)


@dataclass
class Inventory:
    products: list = field(default_factory=list)

    def add(self, product):
        self.products.append(product)

    def restock(self, sku, amount):
        for i, p in enumerate(self.products):
            if p.sku == sku:
                self.products[i] = replace(p, stock=p.stock + amount)

    def low_stock(self, limit=5):
        return (p.name for p in sorted(self.products) if p.stock < limit)


inv = Inventory()
inv.add(Product("B-2", "bolt", 0.1, 400))
inv.add(Product("A-1", "anvil", 99.5, 2))
inv.add(Product("C-3", "chain", 12.25, 4))
inv.restock("C-3", 10)
print(inv)
print(list(inv.low_stock()))
print(sum(p.value for p in inv.products))
print(asdict(inv)["products"][0])
print(Product("A-1", "other") == Product("A-1", "anvil"))
