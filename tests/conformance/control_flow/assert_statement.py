def safe_sqrt(x):
    assert x >= 0, f"negative input: {x}"
    return x ** 0.5

print(safe_sqrt(16))
try:
    safe_sqrt(-4)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert args:", e.args)
