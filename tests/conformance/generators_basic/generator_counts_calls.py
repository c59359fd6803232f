calls = 0

def counted():
    global calls
    for i in range(100):
        calls += 1
        yield i

result = [x for x, _ in zip(counted(), range(5))]
print(result, calls)
calls = 0
print(any(x > 3 for x in counted()), calls)
