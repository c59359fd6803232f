calls = 0

def tracked():
    global calls
    calls += 1
    return calls

for _ in range(4):
    tracked()
print(calls)
print("calls" in globals())
