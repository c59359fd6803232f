big = 10 ** 25 + 7
print(big // 3, big % 3)
print(-big // 3, -big % 3)
print(big // -7, big % -7)
print(divmod(2 ** 100, 12345678901))
print(divmod(-(2 ** 100), 12345678901))
