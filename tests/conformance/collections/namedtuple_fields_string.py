from collections import namedtuple

Employee = namedtuple("Employee", "name role salary")
team = [Employee("Ada", "eng", 120), Employee("Bob", "ops", 90), Employee("Cy", "eng", 110)]
for e in sorted(team, key=lambda e: e.salary):
    print(f"{e.name:<4} {e.role} {e.salary}")
print(Employee._make(["Dee", "pm", 100]))
print(sum(e.salary for e in team if e.role == "eng"))
try:
    team[0].salary = 0
except AttributeError as e:
    print("AttributeError:", e)
