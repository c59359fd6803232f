def gen():
    for i in range(3):
        yield i, g.gi_running

g = gen()
for value, running in g:
    print(value, running, g.gi_running)
