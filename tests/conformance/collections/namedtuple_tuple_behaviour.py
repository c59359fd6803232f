# A namedtuple is a tuple: indexing, slicing, unpacking, hashing,
# comparisons, concatenation, and use as dict keys and set members.
from collections import namedtuple

Card = namedtuple("Card", "rank suit")
hand = [Card(10, "hearts"), Card(2, "spades"), Card(10, "clubs"), Card(14, "hearts")]
print(hand[0], hand[0][0], hand[0][-1], hand[0][:1], len(hand[0]))
rank, suit = hand[1]
print(rank, suit, *hand[2])
print(sorted(hand), max(hand), min(hand, key=lambda c: c.suit))
print(Card(2, "spades") == (2, "spades"), Card(2, "a") < Card(2, "b"), Card(3, "a") > (2, "z"))
print(hand[0] + (True,), Card(1, "x") * 2, "hearts" in hand[0], hand[0].count(10), hand[0].index("hearts"))
seen = {Card(10, "hearts"), Card(10, "hearts"), (10, "hearts")}
print(len(seen), {Card(1, "a"): "first"}[(1, "a")])
print(tuple(hand[0]), list(hand[3]), dict(zip(Card._fields, hand[3])))
print(isinstance(hand[0], tuple), type(hand[0]).__name__, type(hand[0]), Card)
for field, value in zip(Card._fields, hand[2]):
    print(f"{field}={value!r}")

def deal(cards):
    for c in cards:
        if c.rank >= 10:
            yield c

print(list(deal(hand)), sum(c.rank for c in deal(hand)))
print(str(hand[0]), f"{hand[1]}", repr(Card("A", None)))
