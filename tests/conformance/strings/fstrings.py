name = "Ada"
items = ["x", "y"]
value = 3.14159
width = 10
print(f"Hello, {name}!")
print(f"{name!r} {name.upper()} {len(items)} items: {items}")
print(f"{value:.2f} {value:{width}.3f}| {value:<{width}}|")
print(f"{2 + 3 = }", f"{name=}")
print(f"{'nested'} {{braces}} {items[0]!r}")
print(f"{1000000:,} {255:#x} {0.25:%} {42:>5d} {-7:05d}")
