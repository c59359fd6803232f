# Which comparisons list.sort makes: every __lt__ call is logged.
class Card:
    calls = []
    def __init__(self, rank):
        self.rank = rank
    def __lt__(self, other):
        Card.calls.append(f"{self.rank}<{other.rank}")
        return self.rank < other.rank
    def __repr__(self):
        return f"Card({self.rank})"

hand = [Card(r) for r in [7, 2, 9, 4, 4, 1, 8, 3]]
hand.sort()
print(hand)
print(len(Card.calls), Card.calls)
Card.calls.clear()
hand.sort(reverse=True)
print(hand, Card.calls)
Card.calls.clear()
big = [Card((i * 37) % 101) for i in range(120)]
big.sort()
print(len(Card.calls), [c.rank for c in big[:10]])
