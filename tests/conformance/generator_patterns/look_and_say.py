def look_and_say(start="1"):
    term = start
    while True:
        yield term
        result = []
        i = 0
        while i < len(term):
            j = i
            while j < len(term) and term[j] == term[i]:
                j += 1
            result.append(f"{j - i}{term[i]}")
            i = j
        term = "".join(result)

g = look_and_say()
for _ in range(8):
    print(next(g))
