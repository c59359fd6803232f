class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.count = 0

a = Counter()
b = Counter()
a.count += 5
print(Counter.instances, a.count, b.count)
a.instances = 99
print(Counter.instances, a.instances, b.instances)
print(sorted(vars(a)))
