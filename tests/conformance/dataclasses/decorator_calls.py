# @dataclass(...) returns a decorator; calling it wrongly, and comparing
# instances of a class without order=True.
from dataclasses import dataclass
deco = dataclass(order=True)
try:
    deco()
except TypeError as e:
    print(e)
try:
    deco(int, str)
except TypeError as e:
    print(e)
@deco
class A:
    x: int
print(A(1) < A(2))
@dataclass
class P:
    x: int
try:
    P(1) < P(2)
except TypeError as e:
    print(e)
