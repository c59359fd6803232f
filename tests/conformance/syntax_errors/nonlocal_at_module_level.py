def make_counter():
    count = 0
    def step():
        count += 1
        return count
    return step

nonlocal count
