# Records as namedtuples, parsed and yielded by a generator pipeline.
from collections import namedtuple, defaultdict

Employee = namedtuple("Employee", "name dept salary")

LINES = """ada,eng,120
bob,ops,90
cy,eng,110
dee,sales,95
eve,ops,105""".splitlines()

def parse(lines):
    for line in lines:
        name, dept, salary = line.split(",")
        yield Employee(name, dept, int(salary))

def raised(records, pct):
    for r in records:
        yield r._replace(salary=round(r.salary * (1 + pct / 100)))

staff = list(parse(LINES))
print(staff[0], staff[0].name, staff[0][2])
print([e.name for e in staff if e.dept == "eng"])
print(sum(e.salary for e in staff), max(staff, key=lambda e: e.salary).name)

by_dept = defaultdict(list)
for e in raised(parse(LINES), 10):
    by_dept[e.dept].append(e)
for dept, people in sorted(by_dept.items()):
    print(dept, [(p.name, p.salary) for p in people])

for name, dept, salary in parse(LINES[:2]):
    print(f"{name:>4} | {dept:<5} | {salary:5d}")
print([e._asdict() for e in parse(LINES[-1:])])
print(sorted(parse(LINES), key=lambda e: (e.dept, -e.salary))[:3])
