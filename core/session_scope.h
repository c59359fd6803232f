// Every Session entry point makes its VM's heap the current one while it runs.
#pragma once
#include "heap.h"

namespace yl {

struct HeapScope {
  Heap* saved;
  explicit HeapScope(Heap* h) : saved(g_heap) { g_heap = h; }
  ~HeapScope() { g_heap = saved; }
};

}  // namespace yl
