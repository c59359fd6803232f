# With the future import, annotations are kept as text, so forward
# references need no quotes.
from __future__ import annotations
from typing import Iterator, Optional

class Node:
    def __init__(self, value: int, next: Optional[Node] = None) -> None:
        self.value = value
        self.next = next

    def walk(self) -> Iterator[Node]:
        node: Optional[Node] = self
        while node is not None:
            yield node
            node = node.next

chain = Node(1, Node(2, Node(3)))
print([n.value for n in chain.walk()])
print(Node.walk.__annotations__)
print(Node.__init__.__annotations__)
limit: int | None = None
table: dict[str, list[int]] = {}
print(__annotations__)

def pairs(data: "list[tuple[int, str]]", flag: bool = True, *rest: Callable[[int], str]) -> Dict[str, 'Any']:
    pass
print(pairs.__annotations__)
