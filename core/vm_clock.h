// The VM's virtual clock (VM::clock_ns): what time.time, time.perf_counter
// and friends read and what time.sleep advances, without real waiting.
#pragma once
#include <cstdint>

namespace yl {

class VM;

// What one executed instruction costs on the virtual clock: about what
// CPython 3.11 spends on a simple bytecode, so a timed loop reports a
// plausible, non-zero duration.
inline constexpr int64_t kInstructionNs = 10;

// time.time() at clock_ns == 0: 2023-11-14 22:13:20 UTC.
inline constexpr int64_t kEpochNs = 1'700'000'000'000'000'000;

// The clock now, with the instructions executed so far counted in.
int64_t vm_now_ns(VM& vm);

// Sleeps `ns` nanoseconds of virtual time (ns >= 0).
void vm_sleep(VM& vm, int64_t ns);

}  // namespace yl
