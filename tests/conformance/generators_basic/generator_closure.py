def make_multiplier_gen(factor):
    def gen(values):
        for v in values:
            yield v * factor
    return gen

double = make_multiplier_gen(2)
triple = make_multiplier_gen(3)
print(list(double([1, 2, 3])))
print(list(triple(range(4))))
