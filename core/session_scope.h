// Every Session entry point makes its VM's heap the current one while it runs,
// and says how far past the program's memory cap its own work may go.
#pragma once
#include "heap.h"

namespace yl {

struct HeapScope {
  Heap* saved;
  Heap* heap;
  size_t saved_headroom;
  explicit HeapScope(Heap* h, size_t headroom = kUncapped) : saved(g_heap), heap(h), saved_headroom(h->headroom) {
    g_heap = h;
    h->headroom = headroom;
  }
  ~HeapScope() { heap->headroom = saved_headroom; g_heap = saved; }
};

// Running Python: the program gets exactly its cap; a console line or
// generator action on top of it gets a quarter more (at least 64 KB).
inline size_t run_headroom(const Heap& h, bool in_job) { return in_job ? h.cap / 4 + (64 << 10) : 0; }

}  // namespace yl
