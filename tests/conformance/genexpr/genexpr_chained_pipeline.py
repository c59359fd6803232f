lines = ["  alpha ", "", "beta", "   ", "gamma  "]
stripped = (line.strip() for line in lines)
non_empty = (line for line in stripped if line)
numbered = (f"{i}: {line}" for i, line in enumerate(non_empty, 1))
for item in numbered:
    print(item)
