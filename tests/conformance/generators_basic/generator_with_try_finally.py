def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

for x in guarded():
    print(x)
print("after loop")
