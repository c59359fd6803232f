def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("finally ran")

for x in gen():
    print(x)
    if x == 2:
        break
print("loop exited")
