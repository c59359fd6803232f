def area(shape, *dims):
    handlers = {
        "square": lambda s: s * s,
        "rect": lambda w, h: w * h,
        "circle": lambda r: round(3.14159 * r * r, 2),
    }
    if shape not in handlers:
        return f"unknown shape {shape!r}"
    return handlers[shape](*dims)

print(area("square", 4))
print(area("rect", 2, 7))
print(area("circle", 1))
print(area("hexagon", 1))
