class Config:
    names = ["x", "y", "z"]
    upper = list(n.upper() for n in names)

print(Config.upper)
