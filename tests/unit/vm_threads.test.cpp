// The cooperative thread scheduler (core/vm_threads.cpp), driven through the
// session as the page drives it: wake-up order on the virtual clock, join,
// time slices, pausing and stepping inside threads, the threads view, and
// what happens when every thread waits. Where CPython defines the output,
// the expected text is what python3 prints for the same program.
#include <catch2/catch.hpp>
#include <string>
#include "modules/run_program.h"
#include "session.h"

namespace {

using modtest::json_field;

std::string status(const std::string& r) { return json_field(r, "status"); }

double num_after(const std::string& json, const std::string& key, size_t from = 0) {
  std::string k = "\"" + key + "\":";
  size_t p = json.find(k, from);
  if (p == std::string::npos) return -1;
  return std::stod(json.substr(p + k.size()));
}

// Runs to the end in slices of `budget` instructions; stdout, then stderr
// after a "--stderr--" line when there is any.
std::string run_in_slices(const std::string& src, double budget) {
  yl::Session s;
  s.load(src, "t.py");
  std::string out, err, r;
  do {
    r = s.run(budget);
    out += json_field(r, "stdout");
    err += json_field(r, "stderr");
  } while (status(r) == "paused");
  return out + (err.empty() ? "" : "--stderr--\n" + err) + (status(r) == "finished" ? "" : "<" + status(r) + ">");
}

const char* kCountdown = R"py(import threading
import time

def countdown(name, n):
    for i in range(n, 0, -1):
        print(name, i)
        time.sleep(0.5)

threads = [threading.Thread(target=countdown, args=(name, 3)) for name in "ABC"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
)py";

const char* kCountdownOut = "A 3\nB 3\nC 3\nA 2\nB 2\nC 2\nA 1\nB 1\nC 1\ndone\n";

}  // namespace

TEST_CASE("threads: sleepers wake in order of their wake time, ties in the order they slept", "[threads]") {
  CHECK(modtest::run(kCountdown) == kCountdownOut);
  // Equal wake times (sleep(0) after the same work) keep the order of falling asleep.
  CHECK(modtest::run(R"py(import threading, time
def nap(name, d):
    time.sleep(d)
    print(name)
ts = [threading.Thread(target=nap, args=(n, d)) for n, d in [("slow", 0.3), ("fast", 0.1), ("mid", 0.2), ("fast2", 0.1)]]
for t in ts:
    t.start()
for t in ts:
    t.join()
start = time.perf_counter()
time.sleep(1)
print(round(time.perf_counter() - start, 2))
)py") == "fast\nfast2\nmid\nslow\n1.0\n");
}

TEST_CASE("threads: join waits for the thread, then the joiner goes on", "[threads]") {
  CHECK(modtest::run(R"py(import threading, time
log = []
def work():
    time.sleep(1)
    log.append("worker done")
t = threading.Thread(target=work)
t.start()
log.append("main waits")
t.join()
log.append("main continues")
t.join()
print(log, t.is_alive())
t2 = threading.Thread(target=work)
t2.start()
t2.join(0.25)
print(t2.is_alive())
t2.join()
print(t2.is_alive())
)py") == "['main waits', 'worker done', 'main continues'] False\nTrue\nFalse\n");
}

TEST_CASE("threads: the program ends only after its non-daemon threads", "[threads]") {
  CHECK(modtest::run(R"py(import threading, time
def late():
    time.sleep(2)
    print("late thread", threading.main_thread().is_alive())
def forever():
    while True:
        time.sleep(1)
threading.Thread(target=late).start()
threading.Thread(target=forever, daemon=True).start()
print("main code ends")
)py") == "main code ends\nlate thread False\n");
}

TEST_CASE("threads: a busy thread gives the CPU up after its time slice", "[threads]") {
  // The spinning thread never blocks; only preemption lets main set the flag.
  CHECK(modtest::run(R"py(import threading, time
done = False
spins = 0
def spin():
    global spins
    while not done:
        spins += 1
t = threading.Thread(target=spin)
t.start()
time.sleep(0.02)
done = True
t.join()
print(spins > 1000)
)py") == "True\n");
}

TEST_CASE("threads: output does not depend on the budget of the slices", "[threads]") {
  for (double budget : {1.0, 3.0, 17.0, 1000.0, 1e8}) CHECK(run_in_slices(kCountdown, budget) == kCountdownOut);
  const char* busy = R"py(import threading
total = 0
def add(n):
    global total
    for i in range(n):
        total += 1
        if i % 100000 == 0:
            print(threading.current_thread().name, i)
ts = [threading.Thread(target=add, args=(300000,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)
)py";
  std::string whole = run_in_slices(busy, 1e9);
  CHECK(whole.find("600000\n") != std::string::npos);
  CHECK(run_in_slices(busy, 4999) == whole);
}

TEST_CASE("threads: pausing inside a thread resumes exactly there", "[threads]") {
  yl::Session s;
  s.load(kCountdown, "c.py");
  std::string out;
  bool paused_in_thread = false;
  for (int guard = 0; guard < 100000; ++guard) {
    std::string r = s.run(5);
    out += json_field(r, "stdout");
    if (status(r) != "paused") break;
    std::string snap = s.snapshot();
    size_t threads = snap.find("\"threads\"");
    REQUIRE(threads != std::string::npos);
    // The current thread of the view is the one whose frames are shown.
    size_t cur = snap.find("\"current\":true", threads);
    REQUIRE(cur != std::string::npos);
    size_t entry = snap.rfind("{\"name\":", cur);
    if (json_field(snap.substr(entry), "name") != "MainThread" && json_field(snap, "function") == "countdown") {
      paused_in_thread = true;
      CHECK(json_field(snap.substr(entry), "function") == "countdown");
    }
  }
  CHECK(paused_in_thread);
  CHECK(out == kCountdownOut);
}

TEST_CASE("threads: the snapshot lists every thread with its state and place", "[threads]") {
  yl::Session s;
  s.load(R"py(import threading, time
def nap():
    time.sleep(2)
t = threading.Thread(target=nap, name="napper")
t.start()
time.sleep(1)
x = 1
)py", "n.py");
  s.set_breakpoints("[7]");
  std::string r = s.run(1e6);
  REQUIRE(json_field(r, "reason") == "breakpoint");
  std::string snap = s.snapshot();
  size_t th = snap.find("\"threads\"");
  REQUIRE(th != std::string::npos);
  size_t napper = snap.find("{\"name\":\"napper\"", th);
  REQUIRE(napper != std::string::npos);
  std::string entry = snap.substr(napper, snap.find('}', napper) - napper);
  CHECK(json_field(entry, "state") == "sleeping");
  CHECK(json_field(entry, "waiting_for") == "sleep");
  CHECK(json_field(entry, "function") == "nap");
  CHECK(num_after(entry, "line") == 3);
  CHECK(num_after(entry, "wake_time") == Approx(2.0).epsilon(0.001));
  CHECK(num_after(snap, "clock") == Approx(1.0).epsilon(0.001));
  CHECK(snap.find("{\"name\":\"MainThread\"", th) != std::string::npos);
  s.set_breakpoints("[]");
  r = s.run(1e6);
  CHECK(status(r) == "finished");
  snap = s.snapshot();
  napper = snap.find("{\"name\":\"napper\"", snap.find("\"threads\""));
  CHECK(json_field(snap.substr(napper), "state") == "finished");
}

TEST_CASE("threads: stepping into start() lands in the target, stepping over stays in the thread", "[threads]") {
  const char* src = "import threading\ndef work(n):\n    m = n * 2\n    return m\nt = threading.Thread(target=work, args=(4,))\n"
                    "t.start()\nt.join()\nprint('ok')\n";
  SECTION("into") {
    yl::Session s;
    s.load(src, "s.py");
    std::string r;
    for (int i = 0; i < 20; ++i) {
      r = s.step("into", 1e6);
      if (json_field(r, "function") != "<module>" || num_after(r, "line") >= 6) break;
    }
    REQUIRE(num_after(r, "line") == 6);
    r = s.step("into", 1e6);
    CHECK(json_field(r, "function") == "work");
    CHECK(num_after(r, "line") == 3);
    r = s.step("into", 1e6);
    CHECK(num_after(r, "line") == 4);
  }
  SECTION("over") {
    yl::Session s;
    s.load(src, "s.py");
    std::string r;
    for (int i = 0; i < 20; ++i) {
      r = s.step("over", 1e6);
      if (num_after(r, "line") >= 6) break;
    }
    REQUIRE(num_after(r, "line") == 6);
    r = s.step("over", 1e6);
    CHECK(json_field(r, "function") == "<module>");
    CHECK(num_after(r, "line") == 7);
    r = s.step("over", 1e6);
    CHECK(num_after(r, "line") == 8);
  }
}

TEST_CASE("threads: a generator resumed by two threads at once is already executing", "[threads]") {
  CHECK(modtest::run(R"py(import threading, time
def slow():
    while True:
        time.sleep(1)
        yield "tick"
g = slow()
t = threading.Thread(target=next, args=(g,))
t.start()
try:
    next(g)
except ValueError as e:
    print("main:", e)
t.join()
print(next(g))
)py") == "main: generator already executing\ntick\n");
}

TEST_CASE("threads: an exception in a thread is reported and the program goes on", "[threads]") {
  std::string r = run_in_slices(R"py(import threading
def fail():
    raise ValueError("boom")
t = threading.Thread(target=fail)
t.start()
t.join()
print("still running")
)py", 1e6);
  CHECK(r == "still running\n--stderr--\nException in thread Thread-1 (fail):\nTraceback (most recent call last):\n"
             "  File \"t.py\", line 3, in fail\n    raise ValueError(\"boom\")\nValueError: boom\n");
}

TEST_CASE("threads: the main code's error comes first, then the threads finish", "[threads]") {
  std::string r = run_in_slices(R"py(import threading, time
def later():
    time.sleep(1)
    print("thread finished")
threading.Thread(target=later).start()
raise KeyError("main")
)py", 1e6);
  CHECK(r == "thread finished\n--stderr--\nTraceback (most recent call last):\n  File \"t.py\", line 6, in <module>\n"
             "    raise KeyError(\"main\")\nKeyError: 'main'\n<error>");
}

TEST_CASE("threads: when every thread waits for ever, the main thread's wait raises", "[threads]") {
  std::string r = modtest::run(R"py(import threading
lock = threading.Lock()
lock.acquire()
def stuck():
    lock.acquire()
t = threading.Thread(target=stuck)
t.start()
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
lock.release()
t.join()
print("unblocked", t.is_alive())
)py");
  CHECK(r == "RuntimeError: deadlock: every thread is waiting and none can wake the others\nunblocked False\n");
  // A lone wait with a timeout is not a deadlock: the clock moves on.
  CHECK(modtest::run("import threading, time\nl = threading.Lock()\nl.acquire()\nt0 = time.monotonic()\n"
                     "print(l.acquire(timeout=1.5), round(time.monotonic() - t0, 3))\n") == "False 1.5\n");
}

TEST_CASE("threads: sleep(0) lets the other ready threads run first, once each", "[threads]") {
  // The sleeper is ready again at once, so it queues behind the others
  // (and only once: a finished thread must not be scheduled a second time).
  CHECK(modtest::run(R"py(import threading, time
order = []
def w(n):
    for i in range(3):
        order.append(f"{n}{i}")
        time.sleep(0)
ts = [threading.Thread(target=w, args=(n,)) for n in "ab"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(order, threading.active_count())
)py") == "['a0', 'b0', 'a1', 'b1', 'a2', 'b2'] 1\n");
}

TEST_CASE("threads: a console line that waits lets the program's threads run", "[threads]") {
  yl::Session s;
  s.load("import threading, time\nlog = []\ndef w():\n    time.sleep(1)\n    log.append('worker')\n"
         "t = threading.Thread(target=w)\nt.start()\nx = 1\n", "j.py");
  s.set_breakpoints("[8]");
  REQUIRE(json_field(s.run(1e6), "reason") == "breakpoint");
  s.set_breakpoints("[]");
  // The program is paused with its thread asleep; joining from the console runs it.
  s.eval("t.join()\nprint(log, t.is_alive())");
  std::string r = s.run(1e6);
  CHECK(json_field(r, "job") == "console");
  CHECK(json_field(r, "stdout") == "['worker'] False\n");
  CHECK(status(s.run(1e6)) == "finished");
  // After the program, console lines start and join threads of their own.
  s.eval("t2 = threading.Thread(target=w)\nt2.start()\nt2.join()\nprint(log)");
  CHECK(json_field(s.run(1e6), "stdout") == "['worker', 'worker']\n");
  s.eval("l = threading.Lock()\nl.acquire()\nl.acquire()");
  r = s.run(1e6);
  CHECK(status(r) == "error");
  CHECK(json_field(r, "message") == "deadlock: every thread is waiting and none can wake the others");
}

TEST_CASE("threads: stepping over the end of a thread's target comes back to the program", "[threads]") {
  yl::Session s;
  s.load("import threading\ndef work():\n    x = 1\n    return x\nt = threading.Thread(target=work)\nt.start()\nt.join()\n"
         "print('joined')\n", "e.py");
  std::string r;
  for (int i = 0; i < 20 && json_field(r, "function") != "work"; ++i) r = s.step("into", 1e6);
  REQUIRE(json_field(r, "function") == "work");
  CHECK(num_after(r, "line") == 3);
  CHECK(num_after(s.step("over", 1e6), "line") == 4);
  // The target returns and its thread ends: the next stop is in the main code.
  r = s.step("over", 1e6);
  CHECK(json_field(r, "function") == "<module>");
  CHECK(num_after(r, "line") == 7);
}
