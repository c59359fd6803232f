# A runaway recursion: the traceback shows the repeated line three times and
# then counts the rest, as CPython prints it.
def countdown(n):
    print("at", n) if n % 250 == 0 else None
    return countdown(n - 1)

countdown(10 ** 6)
