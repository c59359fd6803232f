#include "heap.h"
#include <cstdio>
#include <cstdlib>

namespace yl {

Heap* g_heap = nullptr;

Heap::Heap() { head_.heap_next = head_.heap_prev = &head_; }

Heap::~Heap() {
  // Tear down in phases so no destructor ever touches freed memory: every
  // object gets an extra reference (nothing reaches zero while we work), all
  // references are broken, all destructors run, and only then is memory freed.
  Heap* saved = g_heap; g_heap = this;
  std::vector<Object*> all;
  each([&](Object* o) { all.push_back(o); });
  for (Object* o : all) ++o->rc;
  for (Object* o : all) o->clear();
  std::vector<size_t> sizes;
  sizes.reserve(all.size());
  for (Object* o : all) { sizes.push_back(o->alloc_size); unlink(o); o->~Object(); }
  for (size_t i = 0; i < all.size(); ++i) release(all[i], sizes[i]);
  finalize_queue.clear();
  for (FreeBlock*& head : free_blocks_)
    while (FreeBlock* b = head) { head = b->next; std::free(b); }
  g_heap = saved;
}

#ifdef YL_HEAP_CHECK
// Checking build: every block carries the size it was allocated with, and
// release() aborts when it is given another (a mismatch would file the block
// under the wrong size class).
namespace { constexpr size_t kCheckHeader = 16; }
void* Heap::allocate(size_t n) {
  if (cap && c_.live_bytes + n > cap + headroom) throw MemoryExhausted{};
  auto* p = static_cast<char*>(std::malloc(n + kCheckHeader));
  if (!p) throw MemoryExhausted{};
  *reinterpret_cast<size_t*>(p) = n;
  c_.live_bytes += n;
  if (c_.live_bytes > c_.peak_bytes) c_.peak_bytes = c_.live_bytes;
  ++c_.allocations;
  return p + kCheckHeader;
}

void Heap::release(void* q, size_t n) {
  char* p = static_cast<char*>(q) - kCheckHeader;
  if (*reinterpret_cast<size_t*>(p) != n) {
    std::fprintf(stderr, "heap check: block of %zu bytes released as %zu\n", *reinterpret_cast<size_t*>(p), n);
    std::abort();
  }
  c_.live_bytes -= n;
  std::free(p);
}
#else
void* Heap::allocate(size_t n) {
  if (cap && c_.live_bytes + n > cap + headroom) throw MemoryExhausted{};
  void* p;
  if (n <= kSmallMax) {
    size_t cls = (n + kGrain - 1) / kGrain;
    if (FreeBlock* b = free_blocks_[cls]) { free_blocks_[cls] = b->next; p = b; }
    else p = std::malloc(cls ? cls * kGrain : kGrain);
  } else {
    p = std::malloc(n);
  }
  if (!p) throw MemoryExhausted{};
  c_.live_bytes += n;
  if (c_.live_bytes > c_.peak_bytes) c_.peak_bytes = c_.live_bytes;
  ++c_.allocations;
  return p;
}

void Heap::release(void* p, size_t n) {
  c_.live_bytes -= n;
  if (n <= kSmallMax) {
    auto* b = static_cast<FreeBlock*>(p);
    size_t cls = (n + kGrain - 1) / kGrain;
    b->next = free_blocks_[cls]; free_blocks_[cls] = b;
  } else {
    std::free(p);
  }
}
#endif

void Heap::link(Object* o, size_t size) {
  o->alloc_size = size;
  o->heap_prev = head_.heap_prev; o->heap_next = &head_;
  head_.heap_prev->heap_next = o; head_.heap_prev = o;
  if (++c_.live_objects > c_.peak_objects) c_.peak_objects = c_.live_objects;
  if (++growth_since_gc_ == gc_threshold_ + 1 && finalizer_hook) finalizer_hook(finalizer_hook_ctx);
}

void Heap::unlink(Object* o) {
  o->heap_prev->heap_next = o->heap_next;
  o->heap_next->heap_prev = o->heap_prev;
  --c_.live_objects;
  if (growth_since_gc_ > 0) --growth_since_gc_;
}

void Heap::destroy(Object* o) {
  // Destructors decref what the object held; those frees queue up behind
  // this one instead of recursing (a long linked chain would overflow).
  if (destroying_) { pending_.push_back(o); return; }
  destroying_ = true;
  for (;;) {
    free_object(o);
    if (pending_.empty()) break;
    o = pending_.back(); pending_.pop_back();
  }
  destroying_ = false;
}

void Heap::free_object(Object* x) {
  if (x->needs_finalizer()) { x->rc = 1; queue_finalizer(x); return; }
  unlink(x);
  size_t n = x->alloc_size;
  x->~Object();
  release(x, n);
}

void Heap::queue_finalizer(Object* o) {
  finalize_queue.push_back(o);
  if (finalizer_hook) finalizer_hook(finalizer_hook_ctx);
}

void destroy_object(Object* o) noexcept { g_heap->destroy(o); }

namespace {
struct Decrement : Visitor {
  void visit(Value v) override { if (v.is_obj()) --v.as_obj()->gc_refs; }
};
struct Mark : Visitor {
  std::vector<Object*>* work;
  void visit(Value v) override {
    if (!v.is_obj()) return;
    Object* o = v.as_obj();
    if (o->gc_refs <= 0) { o->gc_refs = 1; work->push_back(o); }
  }
};
}  // namespace

size_t Heap::collect() {
  growth_since_gc_ = 0;
  // 1. Count, for each object, the references that come from outside the heap.
  each([](Object* o) { o->gc_refs = int32_t(o->rc); });
  Decrement dec;
  each([&](Object* o) { o->traverse(dec); });
  // 2. Everything reachable from an object with outside references is alive.
  std::vector<Object*> work;
  each([&](Object* o) { if (o->gc_refs > 0) work.push_back(o); });
  Mark mark; mark.work = &work;
  while (!work.empty()) { Object* o = work.back(); work.pop_back(); o->traverse(mark); }
  // 3. The rest is garbage held only by cycles.
  std::vector<Object*> garbage;
  each([&](Object* o) { if (o->gc_refs <= 0) garbage.push_back(o); });
  gc_threshold_ = 20000 + c_.live_objects / 2;
  if (garbage.empty()) return 0;
  bool finalizing = false;
  for (Object* o : garbage)
    if (o->needs_finalizer()) { ++o->rc; queue_finalizer(o); finalizing = true; }
  if (finalizing) return 0;  // collected on a later pass, after the finalizers ran
  for (Object* o : garbage) ++o->rc;
  for (Object* o : garbage) o->clear();
  for (Object* o : garbage) decref(o);
  return garbage.size();
}

}  // namespace yl
