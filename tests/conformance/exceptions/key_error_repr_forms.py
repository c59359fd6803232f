d = {}
for key in ["text", 42, ("a", 1), None, ""]:
    try:
        d[key]
    except KeyError as e:
        print(e, "|", repr(e))
