import threading

def report():
    print("running in", threading.current_thread().name)

print(threading.current_thread().name)
for i in range(3):
    t = threading.Thread(target=report)
    t.start()
    t.join()
named = threading.Thread(target=report, name="downloader")
named.start()
named.join()
print(named.name)
