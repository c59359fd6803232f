def backwards(seq):
    for i in range(len(seq) - 1, -1, -1):
        yield seq[i]

print(list(backwards([1, 2, 3])))
print("".join(backwards("stressed")))
print(list(backwards([])))
