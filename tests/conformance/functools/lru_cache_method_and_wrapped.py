from functools import lru_cache

class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h

    @lru_cache(maxsize=None)
    def paths(self, x, y):
        "Count monotone paths from (x, y) to the corner."
        if x == self.w or y == self.h:
            return 1
        return self.paths(x + 1, y) + self.paths(x, y + 1)

g = Grid(10, 10)
print(g.paths(0, 0), Grid.paths.cache_info())
print(Grid.paths.__name__, Grid.paths.__qualname__, Grid.paths.__doc__)
print(Grid.paths.__wrapped__(Grid(1, 1), 0, 0))
print(type(Grid.paths).__name__, type(Grid.paths.cache_info()).__name__)
info = Grid.paths.cache_info()
print(info.hits + info.misses, info[0], tuple(info) == (info.hits, info.misses, None, info.currsize))
