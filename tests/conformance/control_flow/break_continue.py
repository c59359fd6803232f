for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print(i)
total = 0
i = 0
while True:
    i += 1
    if i == 3:
        continue
    total += i
    if i >= 6:
        break
print(total)
