// The threading module's objects on the cooperative scheduler
// (core/modules/threading.cpp, threading_locks.cpp): how locks hand over,
// conditions give their lock up and take it back, timers, events, Thread
// subclasses, and waits where threads cannot switch. Conformance programs
// cover what CPython prints; these pin down the scheduling rules themselves.
#include <catch2/catch.hpp>

#include "run_program.h"

TEST_CASE("threading: a release wakes a waiter, but the releasing thread keeps the CPU", "[modules][threading]") {
  // B waits for the lock while A sleeps holding it; when A releases and
  // takes it again at once, A gets it first (as under CPython's GIL, where
  // the woken waiter still has to be scheduled).
  CHECK(modtest::run(R"py(import threading, time
lock = threading.Lock()
order = []
def worker(name):
    for i in range(3):
        with lock:
            order.append(f"{name}{i}")
            time.sleep(0.01)
a = threading.Thread(target=worker, args=("A",))
b = threading.Thread(target=worker, args=("B",))
a.start(); b.start(); a.join(); b.join()
print(order)
)py") == "['A0', 'A1', 'A2', 'B0', 'B1', 'B2']\n");
}

TEST_CASE("threading: Condition.wait gives the whole RLock up and takes it back", "[modules][threading]") {
  CHECK(modtest::run(R"py(import threading
cond = threading.Condition()
seen = []
def waiter():
    with cond:
        with cond:
            got = cond.wait(5)
            seen.append(("woke", got, cond._is_owned()))
    seen.append(("released", cond._is_owned()))
t = threading.Thread(target=waiter)
t.start()
with cond:
    seen.append(("main has it", cond._is_owned()))
    cond.notify()
t.join()
print(seen)
)py") == "[('main has it', True), ('woke', True, True), ('released', False)]\n");
}

TEST_CASE("threading: a set() that woke a waiter counts even if clear() came first", "[modules][threading]") {
  CHECK(modtest::run(R"py(import threading
ev = threading.Event()
result = []
t = threading.Thread(target=lambda: result.append(ev.wait()))
t.start()
ev.set()
ev.clear()
t.join()
print(result, ev.is_set(), ev.wait(0))
)py") == "[True] False False\n");
}

TEST_CASE("threading: Timer fires on the virtual clock and cancel() stops it", "[modules][threading]") {
  CHECK(modtest::run(R"py(import threading, time
fired = []
t0 = time.monotonic()
a = threading.Timer(2.5, lambda: fired.append(round(time.monotonic() - t0, 2)))
b = threading.Timer(1.0, fired.append, args=("never",))
a.start(); b.start()
b.cancel()
a.join(); b.join()
print(fired, a.name, b.is_alive())
)py") == "[2.5] Thread-1 False\n");
}

TEST_CASE("threading: subclasses override run() and count in the Thread-N names", "[modules][threading]") {
  CHECK(modtest::run(R"py(import threading
class Echo(threading.Thread):
    def __init__(self, word):
        super().__init__()
        self.word = word
    def run(self):
        print(self.name, self.word, threading.current_thread() is self)
plain = threading.Thread(target=print)
e = Echo("hi")
e.start(); e.join()
print(plain.name, repr(e).split(",")[1].split()[0], threading.active_count())
)py") == "Thread-2 hi True\nThread-1 (print) stopped 1\n");
}

TEST_CASE("threading: inside a synchronous call a thread cannot wait", "[modules][threading]") {
  // __repr__ runs in a nested run of the VM: sleep only moves the clock and
  // a wait that would block raises instead of hanging.
  CHECK(modtest::run(R"py(import threading, time
lock = threading.Lock()
class Slow:
    def __repr__(self):
        time.sleep(1)
        return "slow"
class Stuck:
    def __repr__(self):
        lock.acquire()
        return "never"
t0 = time.monotonic()
print(repr(Slow()), round(time.monotonic() - t0, 2))
lock.acquire()
try:
    repr(Stuck())
except RuntimeError as e:
    print("RuntimeError:", e)
)py") == "slow 1.0\nRuntimeError: cannot wait here: threads cannot switch inside this call\n");
}

TEST_CASE("threading: a Barrier whose action raises breaks for everyone", "[modules][threading]") {
  // The last thread to arrive gets the action's error; the waiter is
  // released with BrokenBarrierError (python3 prints the same).
  CHECK(modtest::run(R"py(import threading, time
def bad_action():
    raise ValueError("action failed")
b = threading.Barrier(2, action=bad_action)
got = {}
def first():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        got["first"] = "BrokenBarrierError"
t = threading.Thread(target=first)
t.start()
time.sleep(0.1)
try:
    b.wait()
except ValueError as e:
    got["last"] = f"ValueError: {e}"
t.join()
print(sorted(got.items()), b.broken)
)py") == "[('first', 'BrokenBarrierError'), ('last', 'ValueError: action failed')] True\n");
}
