import math

for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -5), (math.acos, 2)]:
    try:
        f(arg)
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError:", e)
