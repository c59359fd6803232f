# A subclass that names itself and passes arguments through to Thread.
import threading

class Greeter(threading.Thread):
    def __init__(self, who):
        super().__init__(name=f"greeter-{who}", daemon=False)
        self.who = who

    def run(self):
        print(f"hello {self.who} from {threading.current_thread().name}")

class Forgetful(threading.Thread):
    def __init__(self):
        self.note = "no super().__init__()"

g = Greeter("ada")
print(repr(g))
g.start()
g.join()
print(g.name, g.daemon, g.is_alive())
try:
    Forgetful().start()
except RuntimeError as e:
    print("RuntimeError:", e)
