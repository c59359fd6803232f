// The heap's accounting and its cycle collector: counters rise and fall with
// the objects, garbage held only by cycles is found and freed, live cycles
// stay, and a suspended generator in a dead cycle is finalized (its finally
// runs) before it is freed. A collection falls due when the objects alive
// grew by enough, not merely after many allocations.
#include <catch2/catch.hpp>
#include <string>
#include "heap.h"
#include "objects/collections_ops.h"
#include "session.h"
#include "vm.h"

namespace {

struct OnHeap {
  yl::Heap* saved;
  explicit OnHeap(yl::Session& s) : saved(yl::g_heap) { yl::g_heap = &s.vm().heap; }
  ~OnHeap() { yl::g_heap = saved; }
};

std::string stdout_of(const std::string& r) {
  std::string k = "\"stdout\":\"";
  size_t p = r.find(k);
  return p == std::string::npos ? "" : r.substr(p + k.size(), r.find('"', p + k.size()) - p - k.size());
}

std::string run_to_end(yl::Session& s) {
  std::string r, out;
  do { r = s.run(1e6); out += stdout_of(r); } while (r.find("\"status\":\"paused\"") != std::string::npos);
  return out;
}

}  // namespace

TEST_CASE("heap: a dropped list gives its bytes back at once", "[heap]") {
  yl::Session s;
  OnHeap on(s);
  yl::Heap& heap = s.vm().heap;
  size_t before = heap.counters().live_bytes;
  {
    yl::Ref list = s.vm().new_list();
    for (int i = 0; i < 1000; ++i) yl::list_append(list.as<yl::List>(), yl::Value::small(i));
    CHECK(heap.counters().live_bytes >= before + 1000 * sizeof(yl::Value));
  }
  CHECK(heap.counters().live_bytes == before);
}

TEST_CASE("heap: the collector frees dead cycles and keeps live ones", "[heap][gc]") {
  yl::Session s;
  OnHeap on(s);
  yl::VM& vm = s.vm();
  yl::Heap& heap = vm.heap;
  size_t objects = heap.counters().live_objects;
  yl::Ref kept = vm.new_list();
  yl::list_append(kept.as<yl::List>(), kept.get());  // a cycle a Ref still names
  {
    yl::Ref a = vm.new_list(), b = vm.new_list();
    yl::list_append(a.as<yl::List>(), b.get());
    yl::list_append(b.as<yl::List>(), a.get());   // a <-> b, dropped below
  }
  CHECK(heap.counters().live_objects == objects + 3);
  CHECK(heap.collect() == 2);
  CHECK(heap.counters().live_objects == objects + 1);
  CHECK(yl::as_list(kept.get())->items[0] == kept.get());
}

TEST_CASE("heap: a collection falls due on growth, not on objects made and freed", "[heap][gc]") {
  yl::Session s;
  OnHeap on(s);
  yl::VM& vm = s.vm();
  yl::Heap& heap = vm.heap;
  heap.collect();  // starts the count from zero
  // Far more objects than the threshold, each freed at once: no growth.
  for (int i = 0; i < 200000; ++i) vm.new_list();
  CHECK_FALSE(heap.collection_due());
  // Dead cycles stay until a collection: they grow the count until one is due.
  int made = 0;
  while (!heap.collection_due() && made < 200000) {
    yl::Ref a = vm.new_list();
    yl::list_append(a.as<yl::List>(), a.get());
    ++made;
  }
  CHECK(heap.collection_due());
  CHECK(heap.collect() == size_t(made));
  CHECK_FALSE(heap.collection_due());
}

TEST_CASE("heap: a suspended generator in a dead cycle runs its finally first", "[heap][gc]") {
  yl::Session s;
  s.load("def worker(box):\n    try:\n        yield 1\n    finally:\n        print('cleaned up')\n"
         "box = []\ng = worker(box)\nbox.append(g)\nnext(g)\ndel g, box\n", "c.py");
  CHECK(run_to_end(s).empty());  // the cycle g -> frame -> box -> g outlives its names
  {
    OnHeap on(s);
    s.vm().heap.collect();        // finds it and queues the generator's finalizer
  }
  s.eval("pass");                 // finalizers run at the next instruction boundary
  CHECK(run_to_end(s) == "cleaned up\\n");
}
