import threading

def square_into(results, index, value):
    results[index] = value * value

values = [3, 1, 4, 1, 5]
results = [None] * len(values)
threads = [threading.Thread(target=square_into, args=(results, i, v)) for i, v in enumerate(values)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
