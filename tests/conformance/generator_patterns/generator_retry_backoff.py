def backoff(base, factor, limit):
    delay = base
    while True:
        yield delay
        delay = min(delay * factor, limit)

attempts = []
for attempt, delay in enumerate(backoff(0.5, 2, 8), start=1):
    attempts.append((attempt, delay))
    if attempt == 7:
        break
print(attempts)
