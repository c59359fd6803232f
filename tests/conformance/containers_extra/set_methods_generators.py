# Set methods consume generators lazily and stop as soon as the answer is known.
def numbers(*values):
    for v in values:
        print("  yield", v)
        yield v

print("issuperset:", set([1, 5]).issuperset(numbers(1, 2, 3)))
print("isdisjoint:", set([1, 5]).isdisjoint(numbers(7, 5, 3)))
print("intersection:", set([1, 2]).intersection(numbers(1, 2, 3, 4)))
print("issubset:", set([1]).issubset(numbers(1, 2, 3)))
seen = set()
def visits():
    for page in ["home", "about", "home", "faq"]:
        print("  seen so far:", len(seen))
        yield page
seen.update(visits())
print(sorted(seen))
print(set([1, 2, 3]).difference(numbers(2)))
print(set([1, 2, 3]).symmetric_difference(numbers(3, 4)))
