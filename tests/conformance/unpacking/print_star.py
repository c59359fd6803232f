words = ["gen", "exp", "ressions"]
print(*words)
print(*words, sep="")
print(*words, sep="-", end="!\n")
print(*range(5))
print(*"abc", sep=", ")
print(*[])
print("end")
