g = (n for n in range(3) if n > 5)
print(next(g, "none matched"))
words = ["spam", "eggs", "ham"]
print(next((w for w in words if len(w) == 3), None))
print(next((w for w in words if "z" in w), "no z"))
