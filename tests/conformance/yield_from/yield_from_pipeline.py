def read_lines():
    yield from ["10", "# comment", "20", "", "30"]

def clean(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line

def to_int(lines):
    yield from map(int, lines)

print(sum(to_int(clean(read_lines()))))
print(list(to_int(clean(read_lines()))))
