def simple_generator():
    yield 'Hello'
    yield 'World'
    yield '!'

# --- usage, added for the conformance suite ---
gen = simple_generator()
print(gen.__next__())
print(gen.__next__())
print(gen.__next__())
try:
    gen.__next__()
except StopIteration:
    print("StopIteration")
print(" ".join(simple_generator()))
