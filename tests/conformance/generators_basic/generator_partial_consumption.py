def numbers():
    for i in range(1, 11):
        yield i

g = numbers()
first_three = [next(g) for _ in range(3)]
print(first_three)
for n in g:
    if n > 6:
        break
print("stopped at", n)
print("rest:", list(g))
