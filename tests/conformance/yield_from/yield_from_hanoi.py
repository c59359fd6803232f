def hanoi(n, source, target, spare):
    if n == 0:
        return
    yield from hanoi(n - 1, source, spare, target)
    yield (n, source, target)
    yield from hanoi(n - 1, spare, target, source)

moves = list(hanoi(3, "A", "C", "B"))
for disk, a, b in moves:
    print(f"move disk {disk} from {a} to {b}")
print(len(list(hanoi(10, "A", "C", "B"))))
