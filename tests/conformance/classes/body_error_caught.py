# An error raised while a class body runs ends the class statement with it,
# so an enclosing try sees it.
try:
    class Config:
        retries = int("three")
except ValueError as e:
    print("ValueError:", e)
print("Config" in globals())
