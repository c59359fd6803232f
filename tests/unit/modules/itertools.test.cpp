// The itertools parts that share state or drive Python code: tee's shared
// buffer, groupby's group invalidation, and pausing (budgets, stepping)
// inside a generator that islice / takewhile / chain pull from. Expected
// output is CPython 3.11's for the same program.
#include <catch2/catch.hpp>
#include <string>

#include "run_program.h"

using modtest::run_in_slices;
using modtest::status;

TEST_CASE("itertools.tee: one read of the source, replayed for the iterators behind", "[modules][itertools]") {
  const char* src = R"py(from itertools import tee
reads = []
def source():
    for i in range(200):
        reads.append(i)
        yield i
a, b, c = tee(source(), 3)
print(sum(next(a) for _ in range(150)), len(reads))
print(next(b), next(c), len(reads))
print(sum(b), len(reads), sum(a), sum(c), len(reads))
x, y = tee(a)
print(x is a, list(x), list(y))
)py";
  CHECK(modtest::run(src) == "11175 150\n0 0 150\n19900 200 8725 19900 200\nTrue [] []\n");
}

TEST_CASE("itertools.tee: a copy starts where its original is and then runs on its own", "[modules][itertools]") {
  const char* src = R"py(from itertools import tee, islice
a, b = tee(iter(range(130)))
list(islice(a, 60))
c = a.__copy__()
print(next(a), next(c), next(a), next(b))
print(list(islice(c, 3)), list(islice(b, 1)), len(list(a)))
)py";
  CHECK(modtest::run(src) == "60 60 61 0\n[61, 62, 63] [1] 68\n");
}

TEST_CASE("itertools.tee: reading the buffer from inside its own source is an error", "[modules][itertools]") {
  const char* src = R"py(from itertools import tee
def gen():
    yield next(t[1])
t = tee(gen())
try:
    next(t[0])
except RuntimeError as e:
    print("RuntimeError:", e)
)py";
  CHECK(modtest::run(src) == "RuntimeError: cannot re-enter the tee iterator\n");
}

TEST_CASE("itertools.groupby: a group is over once the groupby advances", "[modules][itertools]") {
  const char* src = R"py(from itertools import groupby
g = groupby("aaabbc")
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
k3, g3 = next(g)
print(k3, list(g3), list(g3), list(g))
print([(k, list(v)) for k, v in groupby([1, 1, 2, 1], key=lambda n: n % 2)])
saved = list(groupby("xxyz"))
print([(k, list(v)) for k, v in saved])
)py";
  CHECK(modtest::run(src) == "a a\nb [] ['b', 'b']\nc ['c'] [] []\n[(1, [1, 1]), (0, [2]), (1, [1])]\n[('x', []), ('y', []), ('z', [])]\n");
}

TEST_CASE("itertools: a run in tiny slices pauses inside generators that islice, takewhile and chain consume",
          "[modules][itertools][session]") {
  const char* src = R"py(from itertools import islice, takewhile, chain, count, tee, groupby
def gen(n):
    for i in range(n):
        yield i * i
print(list(islice(gen(50), 3, 40, 5)))
print(sum(takewhile(lambda v: v < 500, gen(100))))
print(list(chain(gen(3), islice(count(7), 2), gen(2))))
a, b = tee(gen(20))
print(sum(a) - sum(b), [k for k, _ in groupby(gen(6), key=lambda v: v % 2)])
)py";
  std::string expected = "[9, 64, 169, 324, 529, 784, 1089, 1444]\n3795\n[0, 1, 4, 7, 8, 0, 1]\n0 [0, 1, 0, 1, 0, 1]\n";
  CHECK(modtest::run(src) == expected);
  for (double budget : {1.0, 3.0, 17.0}) {
    int pauses = 0;
    CHECK(run_in_slices(src, budget, &pauses) == expected);
    CHECK(pauses > 50);
  }
}

TEST_CASE("itertools: stepping into a generator that islice consumes stops inside its body",
          "[modules][itertools][session]") {
  yl::Session s;
  s.load("from itertools import islice\ndef gen():\n    for i in range(10):\n        yield i\nprint(list(islice(gen(), 2, 5)))\n",
         "g.py");
  int stops_on_yield = 0;
  std::string r;
  for (int guard = 0; guard < 300; ++guard) {
    r = s.step("into", 1e6);
    if (status(r) != "paused") break;
    if (modtest::json_field(r, "function") == "gen" && r.find("\"line\":4") != std::string::npos) {
      ++stops_on_yield;
      // Below the generator wait islice and list, both native frames.
      std::string snap = s.snapshot();
      CHECK(snap.find("\"function\":\"islice\"") != std::string::npos);
      CHECK(snap.find("\"function\":\"list\"") != std::string::npos);
    }
  }
  CHECK(status(r) == "finished");
  CHECK(modtest::json_field(r, "stdout") == "[2, 3, 4]\n");
  // islice reads exactly the items up to index 4.
  CHECK(stops_on_yield == 5);
}
