stack = []
for item in ["a", "b", "c"]:
    stack.append(item)
while stack:
    print("pop", stack.pop())
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
