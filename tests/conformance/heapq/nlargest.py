# nlargest / nsmallest, with and without a key, ties kept in input order.
import heapq

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums))
print(heapq.nsmallest(3, nums))
print(heapq.nlargest(0, nums), heapq.nsmallest(-2, nums), heapq.nsmallest(20, [3, 1, 2]))
print(heapq.nlargest(2, (x * x for x in range(-5, 4))))

portfolio = [
    {'name': 'IBM', 'shares': 100, 'price': 91.1},
    {'name': 'AAPL', 'shares': 50, 'price': 543.22},
    {'name': 'FB', 'shares': 200, 'price': 21.09},
    {'name': 'HPQ', 'shares': 35, 'price': 31.75},
]
for s in heapq.nsmallest(2, portfolio, key=lambda s: s['price']):
    print(s['name'], s['price'])
print(heapq.nlargest(1, portfolio, key=lambda s: s['shares']))
words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'plum']
print(heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(3, words, key=len))
