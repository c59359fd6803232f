print = "shadowed"
print("hello")
