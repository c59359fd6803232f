// functools parts that run Python code through the frame stack: lru_cache's
// wrapper (recursion limit accounting, pausing inside the cached function),
// reduce and partial calls (pausing and stepping inside what they call).
// Expected output is CPython 3.11's for the same program.
#include <catch2/catch.hpp>
#include <string>

#include "run_program.h"

using modtest::run_in_slices;
using modtest::status;

TEST_CASE("functools.lru_cache: each level costs two units of the recursion limit, balanced after errors",
          "[modules][functools]") {
  const char* src = R"py(from functools import lru_cache
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(499) % 997)
fib.cache_clear()
for attempt in range(3):
    try:
        fib(500)
    except RecursionError:
        print("RecursionError", attempt)
    fib.cache_clear()
def plain(n):
    return 0 if n == 0 else 1 + plain(n - 1)
print(plain(998), fib(300) % 997)
)py";
  CHECK(modtest::run(src) == "0\nRecursionError 0\nRecursionError 1\nRecursionError 2\n998 419\n");
}

TEST_CASE("functools: tiny slices pause inside functions that lru_cache, reduce and partial call",
          "[modules][functools][session]") {
  const char* src = R"py(from functools import lru_cache, reduce, partial
@lru_cache(maxsize=8)
def ways(n):
    return 1 if n < 2 else ways(n - 1) + ways(n - 2)
print(ways(60), ways.cache_info())
def gen():
    for i in range(1, 30):
        yield i
print(reduce(lambda a, b: a * b % 1000003, gen(), 1))
scale = partial(lambda k, x, bias=0: k * x + bias, 3, bias=1)
print([scale(v) for v in range(5)], sum(map(scale, gen())))
)py";
  std::string expected = "2504730781961 CacheInfo(hits=58, misses=61, maxsize=8, currsize=8)\n36344\n[1, 4, 7, 10, 13] 1334\n";
  CHECK(modtest::run(src) == expected);
  for (double budget : {1.0, 5.0, 23.0}) {
    int pauses = 0;
    CHECK(run_in_slices(src, budget, &pauses) == expected);
    CHECK(pauses > 50);
  }
}

TEST_CASE("functools: stepping into a partial's function and an lru_cache'd function stops in their bodies",
          "[modules][functools][session]") {
  yl::Session s;
  s.load("from functools import partial, lru_cache\n"
         "def add(a, b):\n"
         "    return a + b\n"
         "inc = partial(add, 1)\n"
         "cached = lru_cache(add)\n"
         "print(inc(2), cached(3, 4), cached(3, 4))\n",
         "p.py");
  int stops_in_add = 0;
  std::string r;
  for (int guard = 0; guard < 200; ++guard) {
    r = s.step("into", 1e6);
    if (status(r) != "paused") break;
    if (modtest::json_field(r, "function") == "add") ++stops_in_add;
  }
  CHECK(status(r) == "finished");
  CHECK(modtest::json_field(r, "stdout") == "3 7 7\n");
  // add runs twice: once through the partial, once on the cache miss.
  CHECK(stops_in_add == 2);
}
