// The time module over the VM's virtual clock (vm_clock.h): time() is a
// fixed epoch plus the clock, perf_counter()/monotonic() the clock itself,
// process_time() the clock without the time spent sleeping, and sleep()
// advances the clock instead of waiting (or, with threads, lets the others
// run until the clock reaches the sleeper's wake-up time).
#include <cmath>
#include "../vm_clock.h"
#include "../vm_threads.h"
#include "module.h"
#include "num_args.h"

namespace yl {

namespace {

void no_args(VM& vm, CallArgs& a, const char* name) {
  if (a.nkw()) vm.type_error(std::string("time.") + name + "() takes no keyword arguments");
  if (a.n) vm.type_error(std::string("time.") + name + "() takes no arguments (" + std::to_string(a.n) + " given)");
}

// Seconds as a float the way CPython converts its nanosecond timestamps.
Value seconds(int64_t ns) {
  if (ns % 1'000'000'000 == 0) return Value::flt(double(ns / 1'000'000'000));
  return Value::flt(double(ns) / 1e9);
}

int64_t cpu_ns(VM& vm) { return vm_now_ns(vm) - vm.slept_ns; }

Value t_time(VM& vm, CallArgs& a) { no_args(vm, a, "time"); return seconds(kEpochNs + vm_now_ns(vm)); }
Value t_time_ns(VM& vm, CallArgs& a) { no_args(vm, a, "time_ns"); return vm.from_int64(kEpochNs + vm_now_ns(vm)).release(); }
Value t_perf_counter(VM& vm, CallArgs& a) { no_args(vm, a, "perf_counter"); return seconds(vm_now_ns(vm)); }
Value t_perf_counter_ns(VM& vm, CallArgs& a) { no_args(vm, a, "perf_counter_ns"); return vm.from_int64(vm_now_ns(vm)).release(); }
Value t_monotonic(VM& vm, CallArgs& a) { no_args(vm, a, "monotonic"); return seconds(vm_now_ns(vm)); }
Value t_monotonic_ns(VM& vm, CallArgs& a) { no_args(vm, a, "monotonic_ns"); return vm.from_int64(vm_now_ns(vm)).release(); }
Value t_process_time(VM& vm, CallArgs& a) { no_args(vm, a, "process_time"); return seconds(cpu_ns(vm)); }
Value t_process_time_ns(VM& vm, CallArgs& a) { no_args(vm, a, "process_time_ns"); return vm.from_int64(cpu_ns(vm)).release(); }

// A sleep length in nanoseconds, rounded away from zero like CPython's
// _PyTime_ROUND_TIMEOUT.
int64_t sleep_ns(VM& vm, Value v) {
  const char* too_large = "timestamp too large to convert to C _PyTime_t";
  if (v.is_float()) {
    double d = v.as_float();
    if (std::isnan(d)) vm.raise(vm.e_value, "Invalid value NaN (not a number)");
    d = d * 1e9;
    d = d >= 0 ? std::ceil(d) : std::floor(d);
    if (!(d >= -9.2233720368547758e18 && d < 9.2233720368547758e18)) vm.raise(vm.e_overflow, too_large);
    return int64_t(d);
  }
  num::BigInt s = arg_bigint(vm, v);
  num::BigInt ns = s * num::BigInt(1'000'000'000);
  if (!ns.fits_int64()) vm.raise(vm.e_overflow, too_large);
  return ns.to_int64();
}

// With threads, the sleeper waits on the scheduler while the others run;
// alone (or where threads cannot switch) the clock just moves on.
Task t_sleep(VM& vm, CallArgs& a) {
  if (a.nkw()) vm.type_error("time.sleep() takes no keyword arguments");
  if (a.n != 1) vm.type_error("time.sleep() takes exactly one argument (" + std::to_string(a.n) + " given)");
  int64_t ns = sleep_ns(vm, a[0]);
  if (ns < 0) vm.raise(vm.e_value, "sleep length must be non-negative");
  Scheduler* s = vm.threads.get();
  if (!s || !s->can_block()) {
    vm_sleep(vm, ns);
    co_return Value::none();
  }
  s->block(nullptr, "sleep", ns);
  co_await ThreadWait{s};
  co_return Value::none();
}

}  // namespace

Ref make_time(VM& vm) {
  Ref mod = new_module(vm, "time");
  const std::pair<const char*, NativeFn> fns[] = {
      {"time", t_time}, {"time_ns", t_time_ns}, {"perf_counter", t_perf_counter},
      {"perf_counter_ns", t_perf_counter_ns}, {"monotonic", t_monotonic}, {"monotonic_ns", t_monotonic_ns},
      {"process_time", t_process_time}, {"process_time_ns", t_process_time_ns}};
  for (auto [name, fn] : fns) module_def(vm, mod.get(), name, fn);
  module_def_co(vm, mod.get(), "sleep", t_sleep);
  return mod;
}

}  // namespace yl
