calls = [
    lambda: "a".upper(1), lambda: "a".lower(x=1), lambda: "a".title(1, 2), lambda: "a".join(),
    lambda: "a".zfill(x=1), lambda: "a".partition(), lambda: "a".splitlines(1, 2), lambda: "a".expandtabs(1, 2),
    lambda: "a".expandtabs(x=1), lambda: "a".count(), lambda: "a".startswith(), lambda: "a".endswith("a", 1, 2, 3),
    lambda: "a".rjust(), lambda: "a".replace("a", "b", 1, 2), lambda: "a".removesuffix(),
    lambda: "a".splitlines("a"), lambda: "a".split(maxsplit="a"), lambda: "a".isdigit(1),
    lambda: "a".format_map(), lambda: "a".format_map(1), lambda: str.upper(1), lambda: str.join(5, []),
]
for c in calls:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
