lst = [1, "two", 3.0, None, True, [4, (5, 6)], {"k": "v"}]
print(lst)
print(repr(lst))
me = [1, 2]
me.append(me)
print(me)
print(str([]), str([[]]), [""], ["'"])
