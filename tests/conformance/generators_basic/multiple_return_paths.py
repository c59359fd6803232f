def find_first(items, predicate):
    for i, item in enumerate(items):
        if predicate(item):
            yield i
            return "found"
    return "not found"

def outcome(gen):
    try:
        while True:
            print("yielded", next(gen))
    except StopIteration as e:
        print("result", e.value)

outcome(find_first([1, 3, 8, 5], lambda x: x % 2 == 0))
outcome(find_first([1, 3, 5], lambda x: x % 2 == 0))
