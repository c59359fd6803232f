from functools import reduce

def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)

pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "-"))
print(pipeline("  Hello Generator World  "))
print(compose()(5))
