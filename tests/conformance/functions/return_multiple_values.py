def min_max_mean(values):
    return min(values), max(values), sum(values) / len(values)

lo, hi, mean = min_max_mean([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
result = min_max_mean([1, 2])
print(result, type(result).__name__)
