#include "vm_clock.h"
#include "vm.h"

namespace yl {

int64_t vm_now_ns(VM& vm) {
  // `ticks` counts down once per executed instruction (below zero inside
  // nested runs), so the instructions since the last look are the difference.
  // While the interpreter is interrupted, the slice's ticks wait aside.
  int64_t left = vm.ticks + (vm.interrupted_ ? vm.deferred_ticks_ : 0);
  vm.clock_ns += (vm.clock_ticks - left) * kInstructionNs;
  vm.clock_ticks = left;
  return vm.clock_ns;
}

void vm_sleep(VM& vm, int64_t ns) {
  vm_now_ns(vm);
  vm.clock_ns += ns;
  vm.slept_ns += ns;
}

}  // namespace yl
