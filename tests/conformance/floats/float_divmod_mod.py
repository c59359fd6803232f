print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5))
print(7.5 % 2, -7.5 % 2, 7.5 % -2)
print(5.0 // 0.3, 5.0 % 0.3)
print(-0.0 % 5, 1e300 % 7)
