def risky():
    try:
        raise RuntimeError("first problem")
    finally:
        print("cleanup runs")

try:
    risky()
except RuntimeError as e:
    print("caught:", e)
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())
