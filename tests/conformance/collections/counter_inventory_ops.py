# Inventory arithmetic with Counters: restocking, selling, the multiset
# operators and their in-place forms, and multiset comparisons.
from collections import Counter

stock = Counter(apples=5, pears=2, plums=0)
delivery = Counter(apples=3, kiwis=4)
sold = Counter(apples=6, pears=3)

print(stock + delivery)
print(stock - sold, sold - stock)
print(stock | delivery, stock & delivery)
print(+stock, -Counter(a=-2, b=3))

stock.update(delivery)
print(stock)
stock.subtract(sold)
print(stock, stock.total())
print(+stock)

basket = Counter("aab")
basket += Counter("bcc")
print(basket)
basket -= Counter("ccc")
print(basket)
basket |= Counter(a=5)
basket &= Counter(a=3, b=3)
print(basket)

small, big = Counter("ab"), Counter("aabbc")
print(small <= big, small < big, big >= small, small == Counter(a=1, b=1, z=0))
print(Counter("ab") == {"a": 1, "b": 1}, small != big)
print(Counter(a=1) | {"b": 2})

def restock(levels, minimum):
    for item, n in levels.items():
        if n < minimum:
            yield item, minimum - n

print(dict(restock(stock, 3)))
