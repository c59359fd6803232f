def first_even(values):
    for v in values:
        if v % 2 == 0:
            result = v
    break
    return result
