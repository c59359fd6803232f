text = """Line one
    indented line
Line three"""
print(text)
print(len(text.splitlines()))
raw = r"C:\new\table"
print(raw, len(raw))
joined = ("first part "
          "second part")
print(joined)
