hours, minutes, seconds = 3, 7, 9
print(f"{hours:02d}:{minutes:02d}:{seconds:02d}")
for row in [("apple", 3, 0.5), ("watermelon", 1, 3.25), ("fig", 12, 0.2)]:
    name, qty, price = row
    print(f"{name:<12}{qty:>4} x {price:>6.2f} = {qty * price:>7.2f}")
