def risky(kind):
    try:
        if kind == "key":
            {}["missing"]
        elif kind == "index":
            [][0]
        elif kind == "zero":
            1 // 0
        return "no error"
    except LookupError as e:
        return f"lookup problem: {type(e).__name__}"
    except:
        return "something else"

for kind in ["key", "index", "zero", "none"]:
    print(kind, "->", risky(kind))
