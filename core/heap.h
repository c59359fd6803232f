// The heap: the one place every allocation passes through, so live bytes,
// peak bytes and object counts are honest (objects plus the buffers they own,
// at their capacity) and the memory cap is enforced in one spot.
#pragma once
#include <cstddef>
#include <new>
#include <vector>
#include "object.h"

namespace yl {

// Thrown when an allocation would pass the memory cap; the VM turns it into
// a Python MemoryError.
struct MemoryExhausted {};

struct HeapCounters {
  size_t live_bytes = 0, peak_bytes = 0;
  size_t live_objects = 0, peak_objects = 0;
  size_t allocations = 0;
};

// Headroom for work that must never fail on the cap (host work, unwinding a MemoryError).
inline constexpr size_t kUncapped = SIZE_MAX / 2;

class Heap {
public:
  Heap();
  ~Heap();

  void* allocate(size_t n);            // may throw MemoryExhausted
  void release(void* p, size_t n);
  void link(Object* o, size_t size);   // puts a new object on the live list
  void unlink(Object* o);

  const HeapCounters& counters() const { return c_; }
  void reset_peak() { c_.peak_bytes = c_.live_bytes; c_.peak_objects = c_.live_objects; }
  size_t cap = 0;                      // bytes; 0 means no cap
  // Bytes allowed past the cap for the work in progress: the host's own work
  // (compiling a console line, building a snapshot) must not fail because the
  // program filled memory, and console lines get a reserve so a learner can
  // still look around and `del` what filled it (see session_scope.h).
  size_t headroom = 0;

  // Visits every live object (for per-type breakdowns and collection).
  template <class F> void each(F f) {
    for (Object* o = head_.heap_next; o != &head_; ) { Object* n = o->heap_next; f(o); o = n; }
  }

  // Cycle collection: returns the number of objects freed. Objects whose
  // finalizer must run Python code first (suspended generators with pending
  // finally blocks) are moved to `finalize_queue` instead.
  size_t collect();
  bool collection_due() const { return growth_since_gc_ > gc_threshold_; }
  std::vector<Object*> finalize_queue;  // owned references
  // Called when an object lands on finalize_queue, so the VM can run the
  // finalizer promptly (as CPython does when the last reference goes), and
  // when a collection falls due, so the VM collects at its next instruction
  // boundary even inside a long loop.
  void (*finalizer_hook)(void* ctx) = nullptr;
  void* finalizer_hook_ctx = nullptr;

  // Deferred destruction keeps freeing a long chain from recursing deeply.
  void destroy(Object* o);

private:
  void queue_finalizer(Object* o);
  void free_object(Object* o);
  // Small blocks are recycled by size class instead of going back to malloc:
  // objects of a few dozen bytes come and go on every loop iteration (tuples,
  // frames, bound methods), and the wasm build's dlmalloc is slow at that.
  // A block goes back to the class of the size it was allocated with, which
  // every caller passes to release() (the accounting depends on it too).
  static constexpr size_t kGrain = 16, kSmallMax = 256;
  struct FreeBlock { FreeBlock* next; };
  FreeBlock* free_blocks_[kSmallMax / kGrain + 1] = {};
  struct Sentinel : Object { Sentinel() : Object(nullptr) {} } head_;
  HeapCounters c_;
  // Objects allocated since the last collection less those freed since, as
  // CPython counts its youngest generation: a loop that makes and drops
  // objects (generators, frames, tuples) never falls due, while garbage in
  // cycles, which only a collection frees, does.
  size_t growth_since_gc_ = 0, gc_threshold_ = 20000;
  bool destroying_ = false;
  std::vector<Object*> pending_;
};

// The heap of the session that is currently running. Sessions run one at a
// time on a thread, and Session::run installs its own heap here; this is what
// lets std containers inside objects account through `Counted<T>`.
extern Heap* g_heap;

template <class T, class... A> T* make(A&&... args) {
  void* p = g_heap->allocate(sizeof(T));
  T* o;
  try { o = new (p) T(std::forward<A>(args)...); }
  catch (...) { g_heap->release(p, sizeof(T)); throw; }
  g_heap->link(o, sizeof(T));
  return o;
}

// Allocator for buffers owned by objects, so their capacity is counted.
template <class T> struct Counted {
  using value_type = T;
  Counted() = default;
  template <class U> Counted(const Counted<U>&) {}
  T* allocate(size_t n) { return static_cast<T*>(g_heap->allocate(n * sizeof(T))); }
  void deallocate(T* p, size_t n) { g_heap->release(p, n * sizeof(T)); }
  template <class U> bool operator==(const Counted<U>&) const { return true; }
};
template <class T> using Vec = std::vector<T, Counted<T>>;

}  // namespace yl
