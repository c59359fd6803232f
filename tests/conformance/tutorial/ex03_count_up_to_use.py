def count_up_to(n):
    i = 1
    while i <= n:
        yield i
        i += 1

# --- usage, added for the conformance suite ---
gen = count_up_to(5)
print(type(gen).__name__)
print(next(gen))
for number in gen:
    print(number)
print(list(count_up_to(3)))
print(list(count_up_to(0)))
