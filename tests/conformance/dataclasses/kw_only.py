# Keyword-only fields: after `_: KW_ONLY`, with field(kw_only=True) or the
# whole class with @dataclass(kw_only=True); they come after the * in __init__.
from dataclasses import dataclass, field, KW_ONLY

@dataclass
class Req:
    url: str
    timeout: int = 10
    _: KW_ONLY
    retries: int
    verbose: bool = False

print(Req("x", retries=2), Req("y", 5, retries=1, verbose=True))
print(Req.__match_args__)
for call in [lambda: Req("x"), lambda: Req("x", 1, 2), lambda: Req()]:
    try:
        call()
    except TypeError as e:
        print(e)

@dataclass(kw_only=True)
class Opt:
    a: int
    b: int = 2
    c: int

print(Opt(a=1, c=3))
try:
    Opt(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Opt()
except TypeError as e:
    print(e)

@dataclass
class Mixed:
    x: int = 0
    y: int = field(kw_only=True)
print(Mixed(y=1), Mixed(3, y=2))
