queue = ["first", "second"]
while True:
    print(queue.pop(0))
