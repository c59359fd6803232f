def load_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("invalid port setting") from e

print(load_port("8080"))
print(load_port("http"))
