import functools

def original(x):
    "The original."
    return x + 1
original.version = 2
original.tags = ["math"]

def proxy(*args):
    return original(*args)

result = functools.update_wrapper(proxy, original)
print(result is proxy, proxy.__name__, proxy.__doc__, proxy.version, proxy.tags is original.tags)
print(proxy.__wrapped__ is original, proxy(41))

def only_name(*args):
    return original(*args)
functools.update_wrapper(only_name, original, assigned=("__name__",), updated=())
print(only_name.__name__, only_name.__doc__, hasattr(only_name, "version"))
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)
try:
    functools.update_wrapper(proxy)
except TypeError as e:
    print("TypeError:", e)
try:
    functools.wraps()
except TypeError as e:
    print("TypeError:", e)
