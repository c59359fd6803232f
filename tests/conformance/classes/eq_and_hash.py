class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __hash__(self):
        return hash((self.rank, self.suit))

a = Card(10, "hearts")
b = Card(10, "hearts")
c = Card(2, "spades")
print(a == b, a is b, a == c, a != c)
print(len({a, b, c}))
print({a: "first"}[b])
print(a == "10 of hearts")
