def even_numbers(maximum):
    i = 0
    while i < maximum:
        if i % 2 == 0:
            yield i
        i += 1

# --- usage, added for the conformance suite ---
print(list(even_numbers(10)))
print(list(even_numbers(1)))
print(sum(even_numbers(101)))
evens = even_numbers(7)
print(next(evens), next(evens), next(evens), next(evens))
print(next(evens, None))
