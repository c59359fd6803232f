print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
print({x % 4 for x in range(20)})
print({c for c in "hello world" if c in "lo"} == {"l", "o"})
