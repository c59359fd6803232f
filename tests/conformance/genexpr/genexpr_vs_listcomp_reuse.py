nums = [3, 1, 2]
lc = [n * 2 for n in nums]
ge = (n * 2 for n in nums)
print(sum(lc), sum(lc))
print(sum(ge), sum(ge))
