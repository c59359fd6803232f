def labeled(**items):
    for key, value in items.items():
        yield f"{key}={value}"

print(", ".join(labeled(a=1, b="two", c=[3])))
print(list(labeled()))
