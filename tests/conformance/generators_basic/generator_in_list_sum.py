def evens(limit):
    for n in range(0, limit, 2):
        yield n

print(sum(evens(10)))
print(max(evens(10)), min(evens(10)))
print(sorted(evens(7), reverse=True))
print(tuple(evens(5)))
print(set(evens(9)))
print(len(list(evens(1000))))
