class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, *values):
        self.head = None
        for v in reversed(values):
            self.head = Node(v, self.head)

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

ll = LinkedList(3, 1, 4, 1, 5)
print(list(ll), sum(ll), 4 in ll, 9 in ll)
print([v * 2 for v in ll])
print(list(LinkedList()))
