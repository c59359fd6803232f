for n in range(-2, 3):
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign)
print("even" if 4 % 2 == 0 else "odd")
