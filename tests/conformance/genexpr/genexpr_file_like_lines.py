text = """name,score
ada,90
bob,72
cy,85"""
rows = (line.split(",") for line in text.splitlines()[1:])
scores = (int(score) for _, score in rows)
print(sum(scores))
