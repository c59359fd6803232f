# Breadth-first search over an adjacency dict: the deque is the queue of
# nodes still to visit, and a generator yields them level by level.
from collections import deque

graph = {
    "A": ["B", "C"],
    "B": ["D", "E"],
    "C": ["F"],
    "D": [],
    "E": ["F", "G"],
    "F": ["H"],
    "G": ["H"],
    "H": [],
}

def bfs(start):
    queue = deque([start])
    seen = {start}
    while queue:
        node = queue.popleft()
        yield node
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)

print(" -> ".join(bfs("A")))

def levels(start):
    frontier = deque([(start, 0)])
    seen = {start}
    while frontier:
        node, depth = frontier.popleft()
        yield depth, node
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append((nxt, depth + 1))

for depth, node in levels("B"):
    print("  " * depth + node)

def path(start, goal):
    queue = deque([[start]])
    while queue:
        route = queue.popleft()
        if route[-1] == goal:
            return route
        for nxt in graph[route[-1]]:
            queue.append(route + [nxt])
    return None

print(path("A", "H"), path("D", "A"))
