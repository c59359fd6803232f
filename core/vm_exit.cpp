// What python3 does after the program's last line: interpreter shutdown
// destroys every object, and a generator destroyed while suspended is closed,
// so its `finally` blocks and `except GeneratorExit` handlers still run and
// print. CPython's cycle collector finalizes them in roughly the order they
// were made, which is the order used here.
#include <algorithm>
#include "vm.h"

namespace yl {

void VM::close_generators_at_exit() {
  std::vector<Generator*> live;
  heap.each([&](Object* o) {
    if (o->type != t_generator) return;
    auto* g = static_cast<Generator*>(o);
    if (g->state == GenState::Suspended && !g->finalized) live.push_back(g);
  });
  std::sort(live.begin(), live.end(), [](Generator* a, Generator* b) { return a->id < b->id; });
  std::vector<Ref> hold;
  for (Generator* g : live) hold.push_back(Ref::borrow(Value::obj(g)));  // closing one may free another
  for (Ref& ref : hold) {
    auto* g = ref.as<Generator>();
    if (g->state == GenState::Suspended && !g->finalized) finalize_generator(g);
  }
}

}  // namespace yl
