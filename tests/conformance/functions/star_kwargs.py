def describe(**info):
    for key, value in info.items():
        print(f"{key}: {value}")
    return len(info)

print(describe(name="Ada", born=1815))
options = {"color": "red", "size": 3}
print(describe(**options, extra=True))
print(describe())
