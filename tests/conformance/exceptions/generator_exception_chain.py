def parse_all(items):
    for item in items:
        try:
            yield int(item)
        except ValueError as e:
            raise RuntimeError(f"cannot parse {item!r}") from e

try:
    print(list(parse_all(["1", "2", "three"])))
except RuntimeError as e:
    print(e, "<-", e.__cause__)
