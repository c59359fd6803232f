class Config:
    scale = 10
    values = [1, 2, 3]
    try:
        scaled = list(v * scale for v in values)
    except NameError as e:
        scaled = str(e)

print(Config.scaled)
