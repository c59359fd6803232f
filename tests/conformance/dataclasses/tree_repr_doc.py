# A tree of dataclass nodes: a back link left out of repr, an instance that
# contains itself (shown as ...), copies, and the docstring made from the
# __init__ signature.
from dataclasses import dataclass, field
import copy


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: "Node" = field(default=None, repr=False)

    def walk(self):
        yield self.value
        for child in self.children:
            yield from child.walk()


root = Node(1)
for v in (2, 3):
    root.children.append(Node(v, parent=root))
root.children[0].children.append(Node(4, parent=root.children[0]))
print(root)
print(list(root.walk()))
clone = copy.deepcopy(root)
print(clone.children[0].parent is clone, list(clone.walk()))


@dataclass
class Loop:
    other: object = None


a = Loop()
a.other = a
print(a, [a])
print(Node.__doc__)
print(Loop.__doc__)
