# statistics: mean, median, mode and spread, exact as CPython computes them.
import statistics as st

scores = [88, 92, 79, 93, 85]
print(st.mean(scores), st.median(scores), st.pstdev(scores), st.stdev(scores))
print(st.mean([1, 2, 3]), st.mean([1, 2, 3, 4]), st.mean([0.1, 0.2, 0.3]), st.fmean([0.1, 0.2, 0.3]))
print(st.mean([1, 2.5]), st.mean([10**20, 1]), st.mean([True, False, True]))
print(st.median([3, 1, 4, 1]), st.median_low([3, 1, 4, 1]), st.median_high([3, 1, 4, 1]), st.median([2.5, 1]))
print(st.variance([1, 2, 3, 4]), st.variance([1, 2, 3]), st.pvariance([1, 2, 3, 4]), st.variance([0.5, 1.25, 2.0]))
print(st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.mode(['red', 'blue', 'blue', 'red', 'green']), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))

def temperatures():
    yield from [21.5, 19.0, 23.25, 22.0, 18.75, 20.5]

print(st.mean(temperatures()), st.median(temperatures()), round(st.stdev(temperatures()), 3))
print(st.mean(x * x for x in range(10)))

for call in [lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]),
             lambda: st.stdev([1]), lambda: st.variance([1]), lambda: st.pvariance([]),
             lambda: st.mean(['a'])]:
    try:
        call()
    except st.StatisticsError as e:
        print('StatisticsError:', e, isinstance(e, ValueError))
    except TypeError as e:
        print('TypeError:', e)
