// collections.deque: its ValueRing storage (growth, wrap-around, rotate,
// insert/erase, shrinking) checked against a std::deque model with the heap's
// counters, then maxlen eviction and the memory a deque reports, through
// Python programs (outputs as python3.11 prints them, except the byte counts,
// which are this runtime's: 8 bytes per slot of a power-of-two buffer).
#include <catch2/catch.hpp>
#include <deque>
#include <vector>

#include "modules/value_ring.h"
#include "run_program.h"

namespace {

using yl::Value;
using yl::ValueRing;

// The ring's buffers come from this heap while the scope lives.
struct HeapScope {
  yl::Heap heap;
  yl::Heap* saved = yl::g_heap;
  HeapScope() { yl::g_heap = &heap; }
  ~HeapScope() { yl::g_heap = saved; }
  size_t live() const { return heap.counters().live_bytes; }
};

std::vector<int64_t> contents(const ValueRing& r) {
  std::vector<int64_t> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(r[i].as_int());
  return out;
}
std::vector<int64_t> contents(const std::deque<int64_t>& m) { return {m.begin(), m.end()}; }

}  // namespace

TEST_CASE("ValueRing grows by doubling, wraps around, and its buffer is on the heap", "[modules][collections]") {
  HeapScope hs;
  size_t base = hs.live();
  {
    ValueRing r;
    CHECK(r.capacity() == 0);
    CHECK(hs.live() == base);
    std::deque<int64_t> model;
    for (int64_t i = 0; i < 8; ++i) {
      if (i % 2) { r.push_back(Value::small(i)); model.push_back(i); }
      else { r.push_front(Value::small(i)); model.push_front(i); }
    }
    CHECK(r.capacity() == 8);
    CHECK(hs.live() - base == 8 * sizeof(Value));
    CHECK(contents(r) == contents(model));
    r.push_back(Value::small(100));  // full: the ninth item doubles the buffer
    model.push_back(100);
    CHECK(r.capacity() == 16);
    CHECK(r.owned_bytes() == 16 * sizeof(Value));
    CHECK(hs.live() - base == 16 * sizeof(Value));
    CHECK(contents(r) == contents(model));
  }
  CHECK(hs.live() == base);
}

TEST_CASE("ValueRing rotate, insert and erase agree with a std::deque", "[modules][collections]") {
  HeapScope hs;
  for (int64_t len : {0, 1, 2, 5, 8, 13}) {
    for (int64_t n = -2 * len - 3; n <= 2 * len + 3; ++n) {
      ValueRing r;
      std::deque<int64_t> model;
      // Pushes at both ends first, so the head is not at slot 0.
      for (int64_t i = 0; i < len; ++i) {
        if (i % 3 == 0) { r.push_front(Value::small(i)); model.push_front(i); }
        else { r.push_back(Value::small(i)); model.push_back(i); }
      }
      r.rotate(n);
      if (len) {
        int64_t k = ((n % len) + len) % len;  // right by k
        std::rotate(model.begin(), model.end() - k, model.end());
      }
      INFO("len " << len << " rotate " << n);
      REQUIRE(contents(r) == contents(model));
    }
  }
  ValueRing r;
  std::deque<int64_t> model;
  for (int64_t i = 0; i < 20; ++i) {
    size_t at = size_t(i * 7) % (model.size() + 1);
    r.insert(at, Value::small(i));
    model.insert(model.begin() + int64_t(at), i);
    REQUIRE(contents(r) == contents(model));
  }
  while (!model.empty()) {
    size_t at = (model.size() * 5) / 7;
    CHECK(r.erase(at).as_int() == model[at]);
    model.erase(model.begin() + int64_t(at));
    REQUIRE(contents(r) == contents(model));
  }
}

TEST_CASE("ValueRing gives memory back as it drains", "[modules][collections]") {
  HeapScope hs;
  size_t base = hs.live();
  ValueRing r;
  for (int64_t i = 0; i < 1000; ++i) r.push_back(Value::small(i));
  CHECK(r.capacity() == 1024);
  CHECK(hs.live() - base == 1024 * sizeof(Value));
  while (r.size() > 10) r.pop_front();
  CHECK(r.capacity() == 32);  // halves each time it is a quarter full, down from 1024
  CHECK(hs.live() - base == 32 * sizeof(Value));
  CHECK(r[0].as_int() == 990);
  while (!r.empty()) r.pop_back();
  CHECK(r.capacity() == ValueRing::kMinCapacity);
  r.reset();
  CHECK(hs.live() == base);
}

TEST_CASE("deque maxlen evicts from the opposite end", "[modules][collections]") {
  const char* src = R"py(from collections import deque
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d)
d.appendleft("L")
print(d)
d.extendleft("xy")
print(d)
d.extend(range(10, 14))
print(d, d.maxlen, len(d))
try:
    d.insert(0, "no")
except IndexError as e:
    print(e)
z = deque("abc", maxlen=0)
z.append(1)
print(z, len(z))
d *= 2
print(d)
)py";
  const char* expected = R"(deque([2, 3, 4], maxlen=3)
deque(['L', 2, 3], maxlen=3)
deque(['y', 'x', 'L'], maxlen=3)
deque([11, 12, 13], maxlen=3) 3 3
deque already at its maximum size
deque([], maxlen=0) 0
deque([11, 12, 13], maxlen=3)
)";
  CHECK(modtest::run(src) == expected);
}

TEST_CASE("a deque's buffer is counted in getsizeof and tracemalloc", "[modules][collections]") {
  const char* src = R"py(import sys, tracemalloc
from collections import deque
d = deque()
empty = sys.getsizeof(d)
before = after = 0  # (so the globals dict does not grow in between)
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
d.extend(range(1000))
after = tracemalloc.get_traced_memory()[0]
print(sys.getsizeof(d) - empty, after - before)
while len(d) > 10:
    d.popleft()
print(sys.getsizeof(d) - empty)
d.clear()
print(sys.getsizeof(d) - empty, tracemalloc.get_traced_memory()[0] - before)
)py";
  // 1000 small ints live inline in 1024 slots; draining halves the buffer
  // down to 32 slots; clear() frees it.
  CHECK(modtest::run(src) == "8192 8192\n256\n0 0\n");
}

TEST_CASE("a deque that reaches the memory cap raises MemoryError and stays usable", "[modules][collections]") {
  yl::Session s;
  s.set_limits(R"({"memory": 4000000})");
  const char* src = R"py(from collections import deque
d = deque()
try:
    while True:
        d.append(len(d))
except MemoryError:
    print("MemoryError", len(d) > 1000)
while len(d) > 5:
    d.popleft()
print(d, d[0] + 4 == d[-1])
)py";
  std::string out = modtest::run(s, src);
  CHECK(out.rfind("MemoryError True\ndeque([", 0) == 0);
  CHECK(out.find("]) True\n") != std::string::npos);
}
