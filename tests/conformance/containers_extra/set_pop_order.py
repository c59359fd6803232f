# set.pop() removes the next item after the previous pop.
todo = set(range(8))
print(todo.pop(), todo.pop(), todo.pop())
todo.add(32)
print(todo)
print(todo.pop(), todo.pop(), todo)
work = set([5, 1, 9])
done = []
while work:
    item = work.pop()
    done.append(item)
    if item == 1:
        work.add(17)
print(done)
try:
    work.pop()
except KeyError as e:
    print("KeyError", e)
