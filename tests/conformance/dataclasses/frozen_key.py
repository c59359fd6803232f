from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cell:
    row: int
    col: int

    def neighbours(self):
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            yield Cell(self.row + dr, self.col + dc)


@dataclass(frozen=True)
class Label:
    text: str
    upper: str = field(init=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "upper", self.text.upper())


grid = {Cell(0, 0): "start", Cell(0, 1): "wall"}
print(grid[Cell(0, 0)], Cell(0, 1) in grid, Cell(5, 5) in grid)
seen = set(Cell(1, 1).neighbours()) | set(Cell(1, 2).neighbours())
print(len(seen), sorted((c.row, c.col) for c in seen))
print(Label("exit"), Label("exit").upper, Label("a") == Label("a"))
