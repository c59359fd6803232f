def retrying(attempts):
    for attempt in range(1, attempts + 1):
        try:
            yield attempt
            return f"succeeded on attempt {attempt}"
        except ConnectionError as e:
            print(f"attempt {attempt} failed: {e}")
    return "gave up"

r = retrying(3)
print("try", next(r))
print("try", r.throw(ConnectionError("timeout")))
try:
    r.throw(ConnectionError("refused"))
    r.throw(ConnectionError("reset"))
except StopIteration as e:
    print(e.value)
