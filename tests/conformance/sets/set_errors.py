try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
