def first_of_each(iterables):
    for it in iterables:
        value = next(iter(it), None)
        if value is None:
            return
        yield value

print(list(first_of_each(["abc", [1, 2], [], ["never"]])))
