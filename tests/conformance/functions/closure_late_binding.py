funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
