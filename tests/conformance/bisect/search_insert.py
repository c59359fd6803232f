# bisect: where an item goes in a sorted list, and inserting it there.
import bisect

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])

a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4))
print(bisect.bisect(a, 4, 3), bisect.bisect_left(a, 4, hi=2), bisect.bisect_left(a, 100))
for x in [5, 0, 4, 9]:
    bisect.insort(a, x)
    print(a)
bisect.insort_left(a, 4.0)
bisect.insort_right(a, 8.0)
print(a)

print(bisect.bisect(range(0, 100, 10), 35), bisect.bisect('acegi', 'f'))

# Keeping a running sorted list of the values a generator produces.
def readings():
    yield from [17, 3, 11, 3, 25, 8]

ordered = []
for r in readings():
    bisect.insort(ordered, r)
    print(r, '->', ordered, 'median so far:', ordered[len(ordered) // 2])
