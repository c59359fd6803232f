class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q", "J"]

    def __iter__(self):
        for card in self.cards:
            yield card

d = Deck()
print(list(d))
print(list(d))
print([(a, b) for a in d for b in d if a < b])
