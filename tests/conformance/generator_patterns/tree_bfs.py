from collections import deque

graph = {"A": ["B", "C"], "B": ["D", "E"], "C": ["F"], "D": [], "E": ["F"], "F": []}

def bfs(start):
    seen = {start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        yield node
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)

def dfs(node, seen=None):
    seen = set() if seen is None else seen
    seen.add(node)
    yield node
    for nxt in graph[node]:
        if nxt not in seen:
            yield from dfs(nxt, seen)

print(list(bfs("A")))
print(list(dfs("A")))
