def task(name, steps):
    for i in range(1, steps + 1):
        print(f"{name} step {i}")
        yield

def scheduler(tasks):
    queue = list(tasks)
    while queue:
        t = queue.pop(0)
        try:
            next(t)
            queue.append(t)
        except StopIteration:
            print("task finished")

scheduler([task("A", 2), task("B", 3), task("C", 1)])
