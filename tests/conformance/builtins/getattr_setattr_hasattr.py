class Box:
    size = 3

b = Box()
print(getattr(b, "size"), getattr(b, "color", "none"), hasattr(b, "size"), hasattr(b, "color"))
setattr(b, "color", "red")
print(b.color, getattr(b, "color"))
print(getattr("text", "upper")(), hasattr([], "append"), hasattr(5, "real"))
try:
    getattr(b, "weight")
except AttributeError as e:
    print("AttributeError:", e)
