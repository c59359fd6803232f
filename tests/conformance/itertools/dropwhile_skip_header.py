from itertools import dropwhile

report = """# generated report
# do not edit
id,value
1,10
2,20"""
lines = dropwhile(lambda line: line.startswith("#"), report.splitlines())
print(next(lines))
print([line.split(",") for line in lines])
