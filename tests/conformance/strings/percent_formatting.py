name, age, height = "Ada", 36, 1.65
print("%s is %d years old" % (name, age))
print("%-6s|%6s|" % ("ab", "cd"))
print("%5.2f %05d %x %X %o %e" % (height, 42, 255, 255, 8, 1234.5))
print("%r %s" % ("quoted", "plain"))
print("100%% sure, %c%c" % (72, "i"))
print("%(name)s scored %(score)d" % {"name": "Bo", "score": 7})
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
