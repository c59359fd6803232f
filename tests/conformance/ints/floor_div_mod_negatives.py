pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (-1, 5)]
for a, b in pairs:
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   divmod = {divmod(a, b)}")
