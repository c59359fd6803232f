def first_of_each(iterables):
    for it in iterables:
        yield next(iter(it))

print(list(first_of_each(["abc", [1, 2]])))
try:
    print(list(first_of_each(["abc", [], [1]])))
except RuntimeError as e:
    print("RuntimeError:", e)
    print(type(e.__cause__).__name__)
