// What the threading module's files share: the scheduler they wait on,
// timeouts in virtual nanoseconds, and how a native reacts to its wake-up.
#pragma once
#include "../vm_threads.h"
#include "module.h"

namespace yl {

// The VM's scheduler; the threading module creates it when it is imported.
Scheduler& scheduler(VM& vm);

// A timeout in seconds (int or float) as nanoseconds of virtual time,
// rounded up like CPython's; negative values stay negative.
int64_t timeout_ns(VM& vm, Value seconds);

// After `co_await ThreadWait`: a deadlock raises RuntimeError in the waiter.
void check_wake(VM& vm, Wake w);

// The time left until `deadline` (kNoTimeout: none) on the virtual clock.
int64_t time_left(VM& vm, int64_t deadline);
int64_t deadline_after(VM& vm, int64_t timeout);

// Natives waiting where threads cannot switch (inside a nested synchronous
// call such as __repr__) raise this instead of hanging.
inline constexpr const char* kCannotWaitMessage = "cannot wait here: threads cannot switch inside this call";

// co_await WaitOn{vm, key, what, timeout} in a native: the running thread
// waits for `key` (Scheduler::block) and the native resumes when it is
// notified or the timeout passes, learning which; a deadlock raises, and so
// does waiting where threads cannot switch.
struct WaitOn {
  VM& vm;
  const void* key;
  const char* what;
  int64_t timeout;
  bool await_ready() {
    Scheduler& s = scheduler(vm);
    if (!s.can_block()) vm.raise(vm.e_runtime, kCannotWaitMessage);
    s.block(key, what, timeout);
    return false;
  }
  bool await_suspend(Task::Handle) { return true; }
  Wake await_resume() {
    Wake w = scheduler(vm).running()->woke;
    check_wake(vm, w);
    return w;
  }
};

// threading.Lock, RLock, Event, Condition, Semaphore and BoundedSemaphore
// (threading_locks.cpp).
void install_locks(VM& vm, Value mod);
// threading.Barrier and BrokenBarrierError (threading_barrier.cpp).
void install_barrier(VM& vm, Value mod);

}  // namespace yl
