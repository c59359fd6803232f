class Thing:
    def __str__(self):
        return "a thing"

print(Thing(), flush=True)
print(*[Thing(), Thing()], sep=", ")
print(str(Thing()).upper())
print(print)
print(len)
