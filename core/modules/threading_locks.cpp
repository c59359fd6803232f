// threading.Lock, RLock and Event over the scheduler: a thread that cannot
// take a lock or whose event is not set waits on the object (Scheduler::block)
// until a release or set() notifies it, or its timeout passes on the virtual
// clock. A release only makes a waiter ready; the releasing thread keeps the
// CPU and may take the lock again first, as under CPython's GIL.
#include "threading.h"
#include "../objects/collections_ops.h"
#include "num_args.h"
#include "params.h"

namespace yl {

namespace {

Value boolean(bool b) { return Value::boolean(b); }

// A Lock (plain) or an RLock (recursive: its owner may take it again).
struct LockObj : Object {
  bool recursive;
  uint64_t owner = 0;    // ident of the thread holding it; 0 when free
  uint64_t count = 0;    // how many times the owner holds it (a Lock: 0 or 1)
  LockObj(Type* t, bool r) : Object(t), recursive(r) {}
};

struct EventObj : Object {
  bool flag = false;
  explicit EventObj(Type* t) : Object(t) {}
};

template <class T> T* self_as(VM& vm, CallArgs& a, const char* method, const char* type) {
  T* o = a.n && a[0].is_obj() ? dynamic_cast<T*>(a[0].as_obj()) : nullptr;
  if (!o) vm.type_error(std::string("descriptor '") + method + "' requires a '" + type + "' object");
  return o;
}

uint64_t me(VM& vm) { return scheduler(vm).running()->ident; }

bool try_take(LockObj* l, uint64_t who) {
  if (l->count == 0) { l->owner = who; l->count = 1; return true; }
  if (l->recursive && l->owner == who) { ++l->count; return true; }
  return false;
}

void give_back(VM& vm, LockObj* l) {
  if (--l->count == 0) {
    l->owner = 0;
    scheduler(vm).notify(l, 1);
  }
}

// Takes the lock, waiting up to `timeout` ns (kNoTimeout: forever) when
// `blocking`; answers True or False. `keep` holds the lock object while
// the coroutine waits.
Task acquire_task(VM& vm, Ref keep, LockObj* l, bool blocking, int64_t timeout) {
  Scheduler& s = scheduler(vm);
  uint64_t who = me(vm);
  int64_t deadline = deadline_after(vm, timeout);
  for (;;) {
    if (try_take(l, who)) co_return boolean(true);
    int64_t left = time_left(vm, deadline);
    if (!blocking || left <= 0) co_return boolean(false);
    if (!s.can_block()) vm.raise(vm.e_runtime, kCannotWaitMessage);
    s.block(l, "lock", left);
    check_wake(vm, co_await ThreadWait{&s});
  }
}

// lock.acquire(blocking=True, timeout=-1), with _thread's argument errors.
Task lock_acquire(VM& vm, CallArgs& a) {
  auto* l = self_as<LockObj>(vm, a, "acquire", "_thread.lock");
  auto p = bind_params(vm, a, {"acquire", {"blocking", "timeout"}, 0, 2, true});
  bool blocking = p[0].is_null() || vm.truthy(p[0]);
  int64_t timeout = kNoTimeout;
  if (!p[1].is_null()) {
    double t = arg_double(vm, p[1]);
    if (!blocking && t != -1) vm.raise(vm.e_value, "can't specify a timeout for a non-blocking call");
    if (t < 0 && t != -1) vm.raise(vm.e_value, "timeout value must be positive");
    if (t > 9223372036.0) vm.raise(vm.e_overflow, "timeout value is too large");
    if (t != -1) timeout = timeout_ns(vm, p[1]);
  }
  return acquire_task(vm, Ref::borrow(a[0]), l, blocking, timeout);
}

Task lock_enter(VM& vm, CallArgs& a) {
  auto* l = self_as<LockObj>(vm, a, "__enter__", "_thread.lock");
  return acquire_task(vm, Ref::borrow(a[0]), l, true, kNoTimeout);
}

Value lock_release(VM& vm, CallArgs& a) {
  auto* l = self_as<LockObj>(vm, a, "release", "_thread.lock");
  if (l->recursive) {
    if (l->count == 0 || l->owner != me(vm)) vm.raise(vm.e_runtime, "cannot release un-acquired lock");
  } else if (l->count == 0) {
    vm.raise(vm.e_runtime, "release unlocked lock");
  }
  give_back(vm, l);
  return Value::none();
}

Value lock_exit(VM& vm, CallArgs& a) { return lock_release(vm, a); }

Value lock_locked(VM& vm, CallArgs& a) {
  auto* l = self_as<LockObj>(vm, a, "locked", "_thread.lock");
  check_args(vm, "locked", a, 1, 1);
  return boolean(l->count > 0);
}

Value rlock_is_owned(VM& vm, CallArgs& a) {
  auto* l = self_as<LockObj>(vm, a, "_is_owned", "_thread.RLock");
  return boolean(l->count > 0 && l->owner == me(vm));
}

std::string address(Object* o) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(o)));
  return buf;
}

Value lock_repr(VM& vm, CallArgs& a) {
  auto* l = self_as<LockObj>(vm, a, "__repr__", "_thread.lock");
  std::string state = l->count ? "locked" : "unlocked";
  if (!l->recursive) return vm.str("<" + state + " _thread.lock object at " + address(l) + ">").release();
  return vm.str("<" + state + " _thread.RLock object owner=" + std::to_string(l->owner) + " count=" +
                std::to_string(l->count) + " at " + address(l) + ">").release();
}

Type* lock_type(VM& vm, Value mod, const char* type_name, const char* factory, NativeFn make_fn) {
  Type* t = vm.new_builtin_type(type_name, Layout::Object, vm.t_object);
  Ref keep(t);
  dict_set(vm, t->dict, vm.intern("__module__"), vm.intern("_thread"));
  add_method_co(vm, t, "acquire", lock_acquire);
  add_method_co(vm, t, "__enter__", lock_enter);
  add_method(vm, t, "release", lock_release);
  add_method(vm, t, "__exit__", lock_exit);
  add_method(vm, t, "__repr__", lock_repr);
  // The factory function (threading.Lock / RLock) makes the objects.
  Ref f = vm.new_native(factory, make_fn);
  f.as<NativeFunction>()->self = Value::obj(t);
  incref(t);
  module_set(vm, mod, factory, f.get());
  return t;
}

// The factory's bound self is the lock type.
Value new_lock(VM& vm, CallArgs& a, const char* name, bool recursive) {
  if (a.n != 1 || a.nkw()) vm.type_error(std::string(name) + "() takes no arguments (" + std::to_string(a.n - 1 + a.nkw()) + " given)");
  return Value::obj(make<LockObj>(static_cast<Type*>(a[0].as_obj()), recursive));
}
Value make_lock(VM& vm, CallArgs& a) { return new_lock(vm, a, "allocate_lock", false); }
Value make_rlock(VM& vm, CallArgs& a) { return new_lock(vm, a, "RLock", true); }

// ---------------------------------------------------------------- Event

Value ev_new(VM& vm, CallArgs& a) {
  bind_params(vm, a, {"Event", {}, 0, 0, true});
  return Value::obj(make<EventObj>(static_cast<Type*>(a[0].as_obj())));
}

Value ev_is_set(VM& vm, CallArgs& a) {
  auto* e = self_as<EventObj>(vm, a, "is_set", "Event");
  bind_params(vm, a, {"Event.is_set", {}, 0, 0, true});
  return boolean(e->flag);
}

Value ev_set(VM& vm, CallArgs& a) {
  auto* e = self_as<EventObj>(vm, a, "set", "Event");
  bind_params(vm, a, {"Event.set", {}, 0, 0, true});
  e->flag = true;
  scheduler(vm).notify(e);
  return Value::none();
}

Value ev_clear(VM& vm, CallArgs& a) {
  auto* e = self_as<EventObj>(vm, a, "clear", "Event");
  bind_params(vm, a, {"Event.clear", {}, 0, 0, true});
  e->flag = false;
  return Value::none();
}

// wait(timeout=None): True once the flag is set (a set() that woke the
// waiter counts even if clear() came before it ran), False on timeout.
Task ev_wait(VM& vm, CallArgs& a) {
  auto* e = self_as<EventObj>(vm, a, "wait", "Event");
  auto p = bind_params(vm, a, {"Event.wait", {"timeout"}, 0, 1, true});
  if (e->flag) co_return boolean(true);
  int64_t timeout = p[0].is_null() || p[0].is_none() ? kNoTimeout : timeout_ns(vm, p[0]);
  Scheduler& s = scheduler(vm);
  if (timeout <= 0) co_return boolean(false);
  if (!s.can_block()) vm.raise(vm.e_runtime, kCannotWaitMessage);
  Ref keep = Ref::borrow(a[0]);
  s.block(e, "event", timeout);
  Wake w = co_await ThreadWait{&s};
  check_wake(vm, w);
  co_return boolean(w == Wake::Notified);
}

Value ev_repr(VM& vm, CallArgs& a) {
  auto* e = self_as<EventObj>(vm, a, "__repr__", "Event");
  return vm.str("<threading.Event at " + address(e) + ": " + (e->flag ? "set" : "unset") + ">").release();
}

}  // namespace

void install_locks(VM& vm, Value mod) {
  Type* plain = lock_type(vm, mod, "lock", "Lock", make_lock);
  add_method(vm, plain, "locked", lock_locked);
  Type* rlock = lock_type(vm, mod, "RLock", "RLock", make_rlock);
  add_method(vm, rlock, "_is_owned", rlock_is_owned);

  Type* ev = vm.new_builtin_type("Event", Layout::Object, vm.t_object);
  Ref keep(ev);
  dict_set(vm, ev->dict, vm.intern("__module__"), vm.intern("threading"));
  add_method(vm, ev, "__new__", ev_new);
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"is_set", ev_is_set}, {"set", ev_set}, {"clear", ev_clear}, {"__repr__", ev_repr}})
    add_method(vm, ev, name, fn);
  add_method_co(vm, ev, "wait", ev_wait);
  module_set(vm, mod, "Event", Value::obj(ev));
}

}  // namespace yl
