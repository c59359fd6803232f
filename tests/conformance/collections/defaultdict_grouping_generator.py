# Grouping records that a generator yields, with defaultdict(list) and
# defaultdict(set), and an adjacency list built from edge pairs.
from collections import defaultdict

def orders():
    yield ("ada", "tea", 2)
    yield ("bob", "coffee", 1)
    yield ("ada", "cake", 1)
    yield ("cy", "tea", 3)
    yield ("bob", "tea", 1)

by_customer = defaultdict(list)
products = defaultdict(set)
totals = defaultdict(int)
for customer, product, qty in orders():
    by_customer[customer].append(product)
    products[product].add(customer)
    totals[product] += qty

print(dict(by_customer))
print({p: sorted(c) for p, c in products.items()})
print(totals, max(totals, key=totals.get))

edges = [("a", "b"), ("a", "c"), ("b", "c"), ("c", "d")]
graph = defaultdict(list)
for u, v in edges:
    graph[u].append(v)
    graph[v].append(u)
for node in sorted(graph):
    print(node, graph[node])
print("e" in graph, graph.get("e"), len(graph))
print(graph["e"], "e" in graph, len(graph))

by_length = defaultdict(list)
for word in (w.strip(".,") for w in "The quick brown fox jumps over the lazy dog.".split()):
    by_length[len(word)].append(word.lower())
print(sorted(by_length.items()))
