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

// threading.Lock, RLock, Event, Condition, Semaphore and BoundedSemaphore
// (threading_locks.cpp).
void install_locks(VM& vm, Value mod);
// threading.Barrier and BrokenBarrierError (threading_barrier.cpp).
void install_barrier(VM& vm, Value mod);

}  // namespace yl
