word = "naïve café"
print(len(word), word[2], word.upper(), word[::-1])
print("😀", len("😀"), ord("😀"), "😀" * 3)
print(sorted("éaz"), "ü" > "u", "Ä".lower())
print(f"{'日本':>6}|{'語':<3}|", len("日本語"))
