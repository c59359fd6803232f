// The queue module (core/modules/queue.cpp): waiting puts and gets on the
// cooperative scheduler, and PriorityQueue's heap order for equal
// priorities, which follows heapq exactly (expected output from python3).
#include <catch2/catch.hpp>

#include "run_program.h"

TEST_CASE("queue: a put on a full queue waits until a get makes room", "[modules][queue]") {
  CHECK(modtest::run(R"py(import queue, threading, time
q = queue.Queue(maxsize=1)
log = []
def taker():
    time.sleep(1)
    log.append(("took", q.get()))
q.put("a")
t = threading.Thread(target=taker)
t.start()
t0 = time.monotonic()
q.put("b")
log.append(("put b after", round(time.monotonic() - t0, 2)))
t.join()
print(log, q.get_nowait(), q.unfinished_tasks)
)py") == "[('took', 'a'), ('put b after', 1.0)] b 2\n");
}

TEST_CASE("queue: PriorityQueue pops equal priorities in heapq's order", "[modules][queue]") {
  CHECK(modtest::run(R"py(import queue
class Job:
    def __init__(self, pr, name):
        self.pr, self.name = pr, name
    def __lt__(self, other):
        return self.pr < other.pr
p = queue.PriorityQueue()
for i, pr in enumerate([2, 1, 2, 1, 3, 2, 1]):
    p.put(Job(pr, f"j{i}"))
print([p.get().name for _ in range(7)])
)py") == "['j1', 'j6', 'j3', 'j5', 'j0', 'j2', 'j4']\n");
}
