def search(items, target):
    i = 0
    while i < len(items):
        yield items[i]
        if items[i] == target:
            break
        i += 1
    else:
        yield "not found"

print(list(search([4, 5, 6], 5)))
print(list(search([4, 5, 6], 9)))
