# What a Thread shows before and after it runs (idents vary, so only the
# state is printed once it has one).
import threading

def work():
    pass

t = threading.Thread(target=work)
print(repr(t))
d = threading.Thread(target=work, name="bg", daemon=True)
print(repr(d))
t.start()
t.join()
print(repr(t).split(",")[1].split()[0])
print(type(t.ident).__name__, type(t.native_id).__name__)
print(repr(threading.Thread(target=len)), threading.Thread().name)
print(type(threading.Lock()).__name__, type(threading.RLock()).__name__)
