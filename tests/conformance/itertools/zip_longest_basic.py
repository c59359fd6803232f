from itertools import zip_longest

print(list(zip_longest("ABCD", "xy")))
print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest([1, 2], [3], [4, 5, 6], fillvalue=0)))
print(list(zip_longest()))
