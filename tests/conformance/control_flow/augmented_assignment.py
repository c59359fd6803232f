n = 10
n += 5
n -= 3
n *= 2
n //= 5
n **= 3
n %= 7
print(n)
s = "ab"
s *= 3
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
