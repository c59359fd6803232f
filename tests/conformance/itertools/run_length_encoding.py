from itertools import groupby

def rle(text):
    for ch, group in groupby(text):
        yield ch, sum(1 for _ in group)

def rld(pairs):
    for ch, n in pairs:
        yield ch * n

encoded = list(rle("WWWWWWBBBWWWWWWWWB"))
print(encoded)
print("".join(rld(encoded)))
