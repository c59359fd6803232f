text = """name,dept,salary
ada,eng,120
bob,ops,90
cy,eng,110
dee,ops,95"""

def rows(lines):
    header = next(lines).split(",")
    for line in lines:
        yield dict(zip(header, line.split(",")))

def totals(records):
    result = {}
    for r in records:
        result[r["dept"]] = result.get(r["dept"], 0) + int(r["salary"])
    return result

print(next(rows(iter(text.splitlines()))))
print(totals(rows(iter(text.splitlines()))))
