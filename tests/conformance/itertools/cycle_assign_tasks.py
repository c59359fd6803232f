from itertools import cycle

workers = cycle(["ann", "ben", "cat"])
tasks = ["build", "test", "deploy", "docs", "review"]
assignment = {task: worker for task, worker in zip(tasks, workers)}
print(assignment)
