def paths(d, prefix=""):
    for key, value in d.items():
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            yield from paths(value, path)
        else:
            yield path, value

config = {"db": {"host": "localhost", "port": 5432, "auth": {"user": "admin"}}, "debug": True}
for path, value in paths(config):
    print(f"{path} = {value!r}")
