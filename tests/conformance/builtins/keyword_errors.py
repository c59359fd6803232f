# Keyword arguments the builtins and methods do not take, and other argument mistakes.
tests = [
    ('len(x=1)', lambda: len(x=1)), ('print(foo=1)', lambda: print(foo=1)), ('sorted([1], cmp=1)', lambda: sorted([1], cmp=1)),
    ("'a'.split(foo=1)", lambda: 'a'.split(foo=1)), ('[].sort(1)', lambda: [].sort(1)), ('{}.get(k=1)', lambda: {}.get(k=1)),
    ('[].append(x=1)', lambda: [].append(x=1)), ('abs(x=1)', lambda: abs(x=1)), ('max([1], foo=2)', lambda: max([1], foo=2)),
    ('sum([1], start=5)', lambda: sum([1], start=5)), ('enumerate([1], start=5)', lambda: list(enumerate([1], start=5))),
    ('range(stop=3)', lambda: range(stop=3)), ('isinstance(1, int, x=1)', lambda: isinstance(1, int, x=1)),
    ("'x'.join(iterable=[])", lambda: 'x'.join(iterable=[])), ("int('5', base=10)", lambda: int('5', base=10)),
    ('zip([1], foo=1)', lambda: zip([1], foo=1)), ('round(number=2.5)', lambda: round(number=2.5)), ('round(2.567, ndigits=1)', lambda: round(2.567, ndigits=1)),
    ('list(iterable=[1])', lambda: list(iterable=[1])), ('min(1, 2, key=None, default=3)', lambda: min(1, 2, key=None, default=3)),
    ("'ab'.startswith(prefix='a')", lambda: 'ab'.startswith(prefix='a')), ('[1].index(1, 0, 1, 2)', lambda: [1].index(1, 0, 1, 2)),
    ('[].pop(1, 2)', lambda: [].pop(1, 2)), ('{}.pop()', lambda: {}.pop()), ('set().add()', lambda: set().add()), ("'a'.replace('a')", lambda: 'a'.replace('a')),
    ("'a'.center()", lambda: 'a'.center()), ("'a'.center(5, 'ab')", lambda: 'a'.center(5, 'ab')), ("'a'.zfill('3')", lambda: 'a'.zfill('3')),
    ("'a'.split(',', 'x')", lambda: 'a'.split(',', 'x')), ("'abc'.strip(1)", lambda: 'abc'.strip(1)), ("'a' in 5", lambda: 'a' in 5), ("5 in 'a'", lambda: 5 in 'a'),
    ('[1, 2].sort(key=1)', lambda: [2, 1].sort(key=1)), ('sorted([2, 1], key=len)', lambda: sorted([2, 1], key=len)),
    ('dict(1)', lambda: dict(1)), ("dict(a=1).update(1)", lambda: dict(a=1).update(1)), ("{}.fromkeys()", lambda: {}.fromkeys()),
    ("list.append(1, 2)", lambda: list.append(1, 2)), ("str.upper(5)", lambda: str.upper(5)),
]
for name, t in tests:
    try:
        print(name, '->', t())
    except Exception as e:
        print(name, '->', type(e).__name__, e)
