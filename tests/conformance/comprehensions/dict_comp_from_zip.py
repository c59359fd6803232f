keys = ["name", "lang", "year"]
values = ["yieldlab", "python", 2024]
print({k: v for k, v in zip(keys, values)})
print(dict(zip(keys, values)))
print({k: v for k, v in zip(keys, values) if isinstance(v, str)})
