# Mistakes in args=: the error is raised inside the new thread, so the
# program itself goes on (the tracebacks are on stderr).
import threading

def show(*items):
    print("show got", items)

for args in [(1, 2), (5), "ab", [3]]:
    t = threading.Thread(target=show, args=args)
    t.start()
    t.join()
t = threading.Thread(target=show, kwargs={"x": 1})
t.start()
t.join()
print("still running")
