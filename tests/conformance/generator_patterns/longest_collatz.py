def collatz_length(n):
    steps = 1
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

def lengths(limit):
    for n in range(1, limit):
        yield collatz_length(n), n

print(max(lengths(1000)))
print(sorted(lengths(20), reverse=True)[:3])
