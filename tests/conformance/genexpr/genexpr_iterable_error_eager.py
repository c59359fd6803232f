try:
    g = (x for x in 42)
except TypeError as e:
    print("TypeError at creation:", e)
g = (x for x in [1] if undefined_name)
print("created fine")
try:
    next(g)
except NameError as e:
    print("NameError on first next:", e)
