# OrderedDict: reordering, popitem from either end, order-sensitive
# equality, reprs, and its errors.
from collections import OrderedDict

d = OrderedDict.fromkeys("abcde")
d.move_to_end("b")
print("".join(d))
d.move_to_end("b", last=False)
print("".join(d), d.popitem(), d.popitem(last=False), "".join(d))
scores = OrderedDict(sorted({"bob": 3, "ada": 5, "cy": 1}.items(), key=lambda kv: kv[1]))
print(scores, list(reversed(scores)), scores.copy())
print(scores.keys(), scores.values(), scores.items())
print(list(reversed(scores.items())), "ada" in scores.keys(), scores.keys() & {"cy", "eve"}, len(scores.values()))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict(a=1) != OrderedDict(a=1), OrderedDict(), OrderedDict(x=1) | {"y": 2})
nested = OrderedDict(one=1)
nested["me"] = nested
print(nested)

def attempt(label, action):
    try:
        print(label, action())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("empty popitem", lambda: OrderedDict().popitem())
attempt("move missing", lambda: OrderedDict(a=1).move_to_end("z"))
attempt("move no key", lambda: OrderedDict(a=1).move_to_end())
attempt("popitem args", lambda: OrderedDict(a=1).popitem(True, False))
attempt("popitem keyword", lambda: OrderedDict(a=1).popitem(first=True))
attempt("two args", lambda: OrderedDict({}, {}))
attempt("hash", lambda: hash(OrderedDict()))
attempt("missing key", lambda: OrderedDict(a=1)["b"])
