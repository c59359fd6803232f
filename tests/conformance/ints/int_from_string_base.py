print(int("42"), int("-17"), int("  8  "), int("+5"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("1010", 2), int("0b1010", 0), int("777", 8), int("0o777", 0))
print(int("z", 36), int("1_000_000"), int("10", 3))
for bad in ["12.5", "abc", "", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
