def is_palindrome(s):
    cleaned = "".join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]

for phrase in ["A man, a plan, a canal: Panama", "racecar", "generator", ""]:
    print(repr(phrase), is_palindrome(phrase))
words = "the rain in spain stays mainly".split()
print([w for w in words if "ain" in w], max(words, key=len), sorted(words, key=len)[:2])
