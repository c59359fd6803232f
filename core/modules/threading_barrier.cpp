// threading.Barrier: `parties` threads call wait(); each blocks until the
// last one arrives, which runs the optional action and releases them all.
// wait() answers the arrival index (0 for the first). A timeout, abort() or
// an action that raises breaks the barrier: every waiter, and every later
// wait() until reset(), raises threading.BrokenBarrierError.
// The states follow CPython's: filling, draining (the released threads are
// leaving), resetting, broken.
#include <cstdint>
#include <cstdio>
#include "../objects/collections_ops.h"
#include "params.h"
#include "threading.h"

namespace yl {

namespace {

enum class Phase : int8_t { Filling = 0, Draining = 1, Resetting = -1, Broken = -2 };

struct BarrierObj : Object {
  int64_t parties;
  Value action;                  // owned; None when there is none
  int64_t timeout;               // default timeout of wait(), ns (kNoTimeout: none)
  int64_t count = 0;             // threads inside wait()
  Phase phase = Phase::Filling;
  BarrierObj(Type* t, int64_t p, Value a, int64_t to) : Object(t), parties(p), action(a), timeout(to) { incref(a); }
  ~BarrierObj() override { decref(action); }
  void traverse(Visitor& v) override { v.visit(action); }
  void clear() override { Value a = action; action = Value::none(); decref(a); }
};

BarrierObj* self_of(VM& vm, CallArgs& a, const char* method) {
  auto* b = a.n && a[0].is_obj() ? dynamic_cast<BarrierObj*>(a[0].as_obj()) : nullptr;
  if (!b) vm.type_error(std::string("descriptor '") + method + "' requires a 'Barrier' object");
  return b;
}

[[noreturn]] void raise_broken(VM& vm) {
  Ref cls = vm.getattr(vm.import_module("threading").get(), vm.intern("BrokenBarrierError"));
  Ref exc = vm.call_sync(cls.get(), {});
  vm.raise_value(exc.get());
}

void break_barrier(VM& vm, BarrierObj* b) {
  b->phase = Phase::Broken;
  scheduler(vm).notify(b);
}

// The last thread to leave wait() ends a draining or resetting phase.
void leave(VM& vm, BarrierObj* b) {
  if (--b->count == 0 && (b->phase == Phase::Resetting || b->phase == Phase::Draining)) {
    b->phase = Phase::Filling;
    scheduler(vm).notify(b);
  }
}

Value br_new(VM& vm, CallArgs& a) {
  auto p = bind_params(vm, a, {"Barrier.__init__", {"parties", "action", "timeout"}, 1, 3, true});
  int64_t parties = vm.index_of(p[0]);
  Value action = p[1].is_null() ? Value::none() : p[1];
  int64_t timeout = p[2].is_null() || p[2].is_none() ? kNoTimeout : timeout_ns(vm, p[2]);
  return Value::obj(make<BarrierObj>(static_cast<Type*>(a[0].as_obj()), parties, action, timeout));
}

Task br_wait(VM& vm, CallArgs& a) {
  BarrierObj* b = self_of(vm, a, "wait");
  auto p = bind_params(vm, a, {"Barrier.wait", {"timeout"}, 0, 1, true});
  Ref keep = Ref::borrow(a[0]);
  int64_t timeout = p[0].is_null() || p[0].is_none() ? b->timeout : timeout_ns(vm, p[0]);
  int64_t deadline = deadline_after(vm, timeout);
  Scheduler& s = scheduler(vm);
  if (!s.can_block()) vm.raise(vm.e_runtime, kCannotWaitMessage);
  // Threads of the previous round are still leaving: wait for them.
  while (b->phase == Phase::Draining || b->phase == Phase::Resetting) co_await WaitOn{vm, b, "barrier", kNoTimeout};
  if (b->phase == Phase::Broken) raise_broken(vm);
  int64_t index = b->count++;
  std::exception_ptr failed;
  try {
    if (index + 1 == b->parties) {
      // The last to arrive runs the action, then releases everyone.
      if (!b->action.is_none()) {
        try {
          co_await vm.call(b->action, std::vector<Value>());
        } catch (...) {
          break_barrier(vm, b);
          throw;
        }
      }
      b->phase = Phase::Draining;
      s.notify(b);
    } else {
      while (b->phase == Phase::Filling) {
        int64_t left = time_left(vm, deadline);
        if (left <= 0) {
          break_barrier(vm, b);
          raise_broken(vm);
        }
        co_await WaitOn{vm, b, "barrier", left};
      }
      if (b->phase == Phase::Broken || b->phase == Phase::Resetting) raise_broken(vm);
    }
  } catch (...) {
    failed = std::current_exception();
  }
  leave(vm, b);
  if (failed) std::rethrow_exception(failed);
  co_return Value::small(index);
}

Value br_reset(VM& vm, CallArgs& a) {
  BarrierObj* b = self_of(vm, a, "reset");
  bind_params(vm, a, {"Barrier.reset", {}, 0, 0, true});
  if (b->count > 0) {
    if (b->phase == Phase::Filling || b->phase == Phase::Broken) b->phase = Phase::Resetting;
  } else {
    b->phase = Phase::Filling;
  }
  scheduler(vm).notify(b);
  return Value::none();
}

Value br_abort(VM& vm, CallArgs& a) {
  BarrierObj* b = self_of(vm, a, "abort");
  bind_params(vm, a, {"Barrier.abort", {}, 0, 0, true});
  break_barrier(vm, b);
  return Value::none();
}

Value br_parties(VM& vm, CallArgs& a) { return vm.from_int64(self_of(vm, a, "parties")->parties).release(); }
Value br_n_waiting(VM& vm, CallArgs& a) {
  BarrierObj* b = self_of(vm, a, "n_waiting");
  return Value::small(b->phase == Phase::Filling ? b->count : 0);
}
Value br_broken(VM& vm, CallArgs& a) { return Value::boolean(self_of(vm, a, "broken")->phase == Phase::Broken); }

Value br_repr(VM& vm, CallArgs& a) {
  BarrierObj* b = self_of(vm, a, "__repr__");
  char at[32];
  std::snprintf(at, sizeof at, "0x%llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(b)));
  if (b->phase == Phase::Broken) return vm.str(std::string("<threading.Barrier at ") + at + ": broken>").release();
  int64_t waiting = b->phase == Phase::Filling ? b->count : 0;
  return vm.str(std::string("<threading.Barrier at ") + at + ": waiters=" + std::to_string(waiting) + "/" +
                std::to_string(b->parties) + ">").release();
}

}  // namespace

void install_barrier(VM& vm, Value mod) {
  Type* err = vm.new_builtin_type("BrokenBarrierError", Layout::Exception, vm.e_runtime);
  err->builtin = false;  // shown as threading.BrokenBarrierError
  Ref keep_err(err);
  dict_set(vm, err->dict, vm.intern("__module__"), vm.intern("threading"));
  module_set(vm, mod, "BrokenBarrierError", Value::obj(err));

  Type* t = vm.new_builtin_type("Barrier", Layout::Object, vm.t_object);
  Ref keep(t);
  dict_set(vm, t->dict, vm.intern("__module__"), vm.intern("threading"));
  add_method(vm, t, "__new__", br_new);
  add_method_co(vm, t, "wait", br_wait);
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"reset", br_reset}, {"abort", br_abort}, {"__repr__", br_repr}})
    add_method(vm, t, name, fn);
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"parties", br_parties}, {"n_waiting", br_n_waiting}, {"broken", br_broken}}) {
    Ref getter = vm.new_native(name, fn, "Barrier");
    Ref prop(make<Wrapper>(vm.t_property, getter.get()));
    dict_set(vm, t->dict, vm.intern(name), prop.get());
  }
  module_set(vm, mod, "Barrier", Value::obj(t));
}

}  // namespace yl
