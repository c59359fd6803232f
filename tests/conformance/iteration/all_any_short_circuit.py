def checks():
    for value in [1, 2, 0, 3]:
        print("checking", value)
        yield value

print(all(checks()))
print(any(checks()))
print(all([]), any([]))
