# Most deque methods, the way the library docs introduce them.
from collections import deque

d = deque("ghi")
for elem in d:
    print(elem.upper())
d.append("j")
d.appendleft("f")
print(d, d.pop(), d.popleft(), list(d), d[0], d[-1])
print(list(reversed(d)), "h" in d)
d.extend("jkl")
d.rotate(1)
print(d)
d.rotate(-1)
print(d)
print(deque(reversed(d)))
d.clear()
print(d, bool(d), len(d))
d.extendleft("abc")
print(d)

e = deque([3, 1, 4, 1, 5, 9, 2, 6])
print(e.count(1), e.index(1), e.index(1, 2), e.index(9, -4, -1))
e.remove(1)
e.insert(0, 0)
e.insert(-1, 7)
e.insert(100, 8)
print(e)
e.reverse()
print(e)
f = e.copy()
f[0] = "first"
del f[1]
print(e[0], f, e == f, e != f)
print(deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 9]), deque() == deque([]))
print(deque([1, 2]) + deque([3]), deque("ab") * 3, 2 * deque([0]))
g = deque([1, 2], maxlen=4)
g += [3, 4, 5]
print(g)

def is_palindrome(word):
    letters = deque(c for c in word.lower() if c.isalpha())
    while len(letters) > 1:
        if letters.popleft() != letters.pop():
            return False
    return True

print([w for w in ["Racecar", "deque", "Never odd or even", "a", ""] if is_palindrome(w)])
