# A send()-driven coroutine: a running average fed one value at a time.
#
# The coroutine keeps its state (total, count) in its own suspended frame.
# Each send() delivers a value into the paused `yield` expression and gets
# the new average back from the next `yield`. The first send(None) primes it,
# running up to the first yield.
# Measures: send() round trips and yield used as an expression.

N = 2300000


def running_average():
    total = 0
    count = 0
    average = 0
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def readings(n):
    # A deterministic stream of "sensor readings" between 0 and 996,
    # from a small linear congruential generator.
    x = 12345
    for _ in range(n):
        x = (x * 75 + 74) % 65537
        yield x % 997


def main():
    averager = running_average()
    averager.send(None)
    checksum = 0
    for r in readings(N):
        checksum += averager.send(r)
    print(checksum)


main()
