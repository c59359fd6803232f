def growing():
    items = []
    for i in range(3):
        items.append(i)
        yield items

print(list(growing()))

def growing_copies():
    items = []
    for i in range(3):
        items.append(i)
        yield list(items)

print(list(growing_copies()))
