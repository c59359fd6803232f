import time

def ticker(seconds):
    start = time.time()
    for remaining in range(seconds, 0, -1):
        yield remaining
        time.sleep(0.1)
    yield round(time.time() - start, 1)

print(list(ticker(3)))
