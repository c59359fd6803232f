from functools import cached_property

class Report:
    def __init__(self, readings):
        self.readings = readings

    @cached_property
    def mean(self):
        "Average of the readings, computed once."
        print("  computing mean")
        return sum(self.readings) / len(self.readings)

    @cached_property
    def spread(self):
        print("  computing spread")
        return max(self.readings) - min(self.readings)

r = Report([3, 5, 10])
print("made report", sorted(vars(r)))
print(r.mean, r.mean, r.spread)
print(sorted(vars(r)))
r.readings.append(100)
print("stale:", r.mean)
del r.mean
print("fresh:", r.mean)
r.spread = -1
print(r.spread, Report.mean.attrname, Report.mean.__doc__, type(Report.spread).__name__)
other = Report([1, 1])
print(other.mean, other.spread, r.mean)
try:
    class Twice:
        value = cached_property(lambda self: 1)
        again = value
except (TypeError, RuntimeError) as e:
    print(type(e).__name__ + ":", e)
