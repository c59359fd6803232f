import threading

def worker(name, count):
    for i in range(count):
        print(f"{name} step {i}")

for name in ["alpha", "beta", "gamma"]:
    t = threading.Thread(target=worker, args=(name, 2))
    t.start()
    t.join()
print("all done")
