s = "  Hello, Generator World!  "
result = s.strip().lower().replace(",", "").replace("!", "").split()
print(result)
print("_".join(result).upper())
print(s)
