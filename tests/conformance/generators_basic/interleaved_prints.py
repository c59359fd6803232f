def producer():
    for i in range(3):
        print(f"  producer: about to yield {i}")
        yield i
        print(f"  producer: resumed after {i}")
    print("  producer: done")

for value in producer():
    print(f"consumer: got {value}")
print("consumer: loop finished")
