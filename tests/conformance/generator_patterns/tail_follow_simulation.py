log = ["boot", "login ada"]

def follow(lines):
    position = 0
    while True:
        if position < len(lines):
            yield lines[position]
            position += 1
        else:
            yield None

watcher = follow(log)
print(next(watcher), next(watcher), next(watcher))
log.append("logout ada")
log.append("shutdown")
print(next(watcher), next(watcher), next(watcher))
