class Team:
    def __init__(self, *members):
        self.members = list(members)

    def __iter__(self):
        return iter(self.members)

    def __len__(self):
        return len(self.members)

t = Team("ada", "bob", "cy")
print(list(t), len(t), "bob" in t)
for a in t:
    for b in t:
        if a < b:
            print(a, b)
