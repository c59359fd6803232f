import inspect

def gen(n):
    for i in range(n):
        yield i

gens = {"fresh": gen(2), "started": gen(2), "done": gen(2), "closed": gen(2)}
next(gens["started"])
list(gens["done"])
gens["closed"].close()
for name, g in gens.items():
    print(f"{name:8} {inspect.getgeneratorstate(g):14} running={g.gi_running} frame={g.gi_frame is not None}")
