def wrap(text, width):
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            yield line
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        yield line

text = "Generators let you produce values lazily, one at a time, which keeps memory use low."
for line in wrap(text, 24):
    print(f"|{line:<24}|")
