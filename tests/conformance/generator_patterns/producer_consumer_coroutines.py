def producer(target, items):
    for item in items:
        print("producing", item)
        target.send(item)
    target.close()

def consumer():
    try:
        while True:
            item = yield
            print("consuming", item * 2)
    finally:
        print("consumer closed")

c = consumer()
next(c)
producer(c, [1, 2, 3])
