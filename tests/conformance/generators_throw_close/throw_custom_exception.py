class Skip(Exception):
    pass

def items():
    for i in range(6):
        try:
            yield i
        except Skip:
            print(f"skipping after {i}")

g = items()
result = [next(g)]
result.append(g.throw(Skip))
result.append(next(g))
result.append(g.throw(Skip()))
result.extend(g)
print(result)
