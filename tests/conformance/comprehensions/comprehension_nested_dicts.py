students = {"ann": [90, 80], "bob": [70, 75, 80], "cy": []}
averages = {name: (sum(s) / len(s) if s else None) for name, s in students.items()}
print(averages)
print({name: max(s, default=0) for name, s in students.items()})
