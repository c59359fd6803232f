# The RuntimeErrors threading raises for misuse.
import threading

def work():
    pass

t = threading.Thread(target=work)
try:
    t.join()
except RuntimeError as e:
    print("join before start:", e)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("start twice:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("daemon after start:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("join self:", e)
try:
    threading.Thread(target=work, group="g")
except AssertionError as e:
    print("AssertionError:", e)
try:
    threading.Thread(work)
except AssertionError as e:
    print("positional target is the group:", e)
