print(str(123), str(1.50), str([1]), str(), str(True))
print(float(3), float("  2.5\n"), float("-inf"), float(True))
print(bool(0), bool(1), bool(-1), bool(""), bool(" "), bool(None), bool([]), bool([[]]))
print(bool.__name__, True + 1, True == 1, str(True), repr(False))
