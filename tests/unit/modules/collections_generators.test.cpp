// collections types that pull from generators (deque(gen), deque.extend,
// Counter(gen), Counter.update, namedtuple._make, dict subclasses filled by
// dict.__init__) do so through the frame stack: a run in tiny slices pauses
// inside the generators and prints the same, and stepping into the
// generator a Counter counts stops inside its body. Expected output is
// CPython 3.11's for the same program. Last, the cycle collector finds
// cycles that run through these objects (their traverse() is complete).
#include <catch2/catch.hpp>
#include <string>

#include "run_program.h"
#include "vm.h"

using modtest::run_in_slices;
using modtest::status;

TEST_CASE("collections: a run in tiny slices pauses inside generators that deque, Counter and namedtuple consume",
          "[modules][collections][session]") {
  const char* src = R"py(from collections import deque, Counter, namedtuple, OrderedDict, defaultdict
def gen(n):
    for i in range(n):
        yield i * i % 7
w = deque(gen(30), maxlen=4)
w.extend(gen(3))
w.extendleft(gen(2))
print(w, len(w))
c = Counter(gen(40))
c.update(gen(5))
c.subtract(gen(3))
print(c.most_common(3), c.total())
P = namedtuple("P", "a b c")
print(P._make(gen(3)))
print(OrderedDict((k, k * 2) for k in gen(6)), defaultdict(list, ((k, [k]) for k in gen(4))))
)py";
  std::string expected =
      "deque([1, 0, 1, 0], maxlen=4) 4\n[(2, 14), (1, 11), (4, 11)] 42\nP(a=0, b=1, c=4)\n"
      "OrderedDict([(0, 0), (1, 2), (4, 8), (2, 4)]) defaultdict(<class 'list'>, {0: [0], 1: [1], 4: [4], 2: [2]})\n";
  CHECK(modtest::run(src) == expected);
  for (double budget : {1.0, 3.0, 17.0}) {
    int pauses = 0;
    CHECK(run_in_slices(src, budget, &pauses) == expected);
    CHECK(pauses > 50);
  }
}

TEST_CASE("collections: stepping into a generator that Counter counts stops inside its body",
          "[modules][collections][session]") {
  yl::Session s;
  s.load("from collections import Counter\ndef gen():\n    for w in 'a b a c'.split():\n        yield w\n"
         "print(Counter(gen()))\n",
         "g.py");
  int stops_on_yield = 0;
  std::string r;
  for (int guard = 0; guard < 300; ++guard) {
    r = s.step("into", 1e6);
    if (status(r) != "paused") break;
    if (modtest::json_field(r, "function") == "gen" && r.find("\"line\":4") != std::string::npos) ++stops_on_yield;
  }
  CHECK(status(r) == "finished");
  CHECK(modtest::json_field(r, "stdout") == "Counter({'a': 2, 'b': 1, 'c': 1})\n");
  CHECK(stops_on_yield == 4);
}

TEST_CASE("collections: cycles through deques, defaultdicts and subclass attributes are collectable",
          "[modules][collections][gc]") {
  yl::Session s;
  // Each call leaves 4 unreachable cycles; the collector must find them all
  // from the references traverse() reports (and keep the live `keep` ones).
  std::string out = modtest::run(s, R"py(from collections import deque, defaultdict, OrderedDict, Counter
class Node(OrderedDict):
    pass
def cycles():
    d = deque([1]); d.append(d)
    dd = defaultdict(list); dd["self"].append(dd)
    n = Node(); n.me = n
    c = Counter(); c.box = [c]
for _ in range(100):
    cycles()
keep = deque(); keep.append(keep)
print(len(keep[0]))
)py");
  CHECK(out == "1\n");
  yl::VM& vm = s.vm();
  yl::Heap* saved = yl::g_heap;
  yl::g_heap = &vm.heap;
  size_t before = vm.heap.counters().live_objects;
  size_t freed = vm.heap.collect();
  size_t after = vm.heap.counters().live_objects;
  yl::g_heap = saved;
  CHECK(freed >= 400);
  CHECK(before - after == freed);
  // The cycle still named by a global survives.
  s.eval("print(len(keep), keep[0] is keep)");
  CHECK(modtest::json_field(s.run(1e6), "stdout") == "1 True\n");
}
