// threading.Lock, RLock, Event, Condition and (Bounded)Semaphore over the
// scheduler: a thread that cannot take a lock or whose event is not set waits
// on the object (Scheduler::block) until a release, set() or notify() wakes
// it, or its timeout passes on the virtual clock. A release only makes a waiter ready; the releasing thread keeps the
// CPU and may take the lock again first, as under CPython's GIL.
#include "threading.h"
#include <cstdint>
#include <cstdio>
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
  uint64_t who = me(vm);
  int64_t deadline = deadline_after(vm, timeout);
  for (;;) {
    if (try_take(l, who)) co_return boolean(true);
    int64_t left = time_left(vm, deadline);
    if (!blocking || left <= 0) co_return boolean(false);
    co_await WaitOn{vm, l, "lock", left};
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
  if (timeout <= 0) co_return boolean(false);
  Ref keep = Ref::borrow(a[0]);
  Wake w = co_await WaitOn{vm, e, "event", timeout};
  co_return boolean(w == Wake::Notified);
}

Value ev_repr(VM& vm, CallArgs& a) {
  auto* e = self_as<EventObj>(vm, a, "__repr__", "Event");
  return vm.str("<threading.Event at " + address(e) + ": " + (e->flag ? "set" : "unset") + ">").release();
}

// ---------------------------------------------------------------- Condition

// Condition(lock=None): waiters give the lock up while they wait on the
// condition and take it back (as often as they held it) before wait()
// returns.
struct CondObj : Object {
  Value lock;                    // owned LockObj
  explicit CondObj(Type* t, Value l) : Object(t), lock(l) { incref(l); }
  ~CondObj() override { decref(lock); }
  void traverse(Visitor& v) override { v.visit(lock); }
  void clear() override { Value l = lock; lock = Value::none(); decref(l); }
  LockObj* held() const { return dynamic_cast<LockObj*>(lock.as_obj()); }
};

// Whether the running thread may use the condition: it holds the RLock, or
// (a plain Lock has no owner) the Lock is taken.
bool owned(VM& vm, LockObj* l) { return l && l->count > 0 && (!l->recursive || l->owner == me(vm)); }

CondObj* cond_of(VM& vm, CallArgs& a, const char* method) {
  auto* c = self_as<CondObj>(vm, a, method, "Condition");
  if (!c->held()) vm.type_error("the Condition's lock is gone");
  return c;
}

Value cond_new(VM& vm, CallArgs& a) {
  auto p = bind_params(vm, a, {"Condition.__init__", {"lock"}, 0, 1, true});
  Ref lock;
  if (p[0].is_null() || p[0].is_none()) {
    Ref factory = vm.getattr(vm.import_module("threading").get(), vm.intern("RLock"));
    lock = vm.call_sync(factory.get(), {});
  } else {
    if (!(p[0].is_obj() && dynamic_cast<LockObj*>(p[0].as_obj())))
      vm.type_error("Condition() needs a threading.Lock or threading.RLock, not " + vm.type_of(p[0])->name);
    lock = Ref::borrow(p[0]);
  }
  return Value::obj(make<CondObj>(static_cast<Type*>(a[0].as_obj()), lock.get()));
}

// The same call with the condition's lock in place of the condition.
template <class F> auto on_lock(VM& vm, CallArgs& a, CondObj* c, F f) {
  std::vector<Value> args(a.args, a.args + a.n + a.nkw());
  args[0] = c->lock;
  CallArgs b = a;
  b.args = args.data();
  b.kwvals = b.args + b.n;
  return f(vm, b);
}

Task cond_acquire(VM& vm, CallArgs& a) { return on_lock(vm, a, cond_of(vm, a, "acquire"), lock_acquire); }
Task cond_enter(VM& vm, CallArgs& a) { return on_lock(vm, a, cond_of(vm, a, "__enter__"), lock_enter); }
Value cond_release(VM& vm, CallArgs& a) { return on_lock(vm, a, cond_of(vm, a, "release"), lock_release); }
Value cond_exit(VM& vm, CallArgs& a) { return on_lock(vm, a, cond_of(vm, a, "__exit__"), lock_release); }
Value cond_is_owned(VM& vm, CallArgs& a) { return boolean(owned(vm, cond_of(vm, a, "_is_owned")->held())); }

Task cond_wait(VM& vm, CallArgs& a) {
  CondObj* c = cond_of(vm, a, "wait");
  auto p = bind_params(vm, a, {"Condition.wait", {"timeout"}, 0, 1, true});
  LockObj* l = c->held();
  if (!owned(vm, l)) vm.raise(vm.e_runtime, "cannot wait on un-acquired lock");
  Scheduler& s = scheduler(vm);
  if (!s.can_block()) vm.raise(vm.e_runtime, kCannotWaitMessage);
  int64_t timeout = p[0].is_null() || p[0].is_none() ? kNoTimeout : timeout_ns(vm, p[0]);
  Ref keep = Ref::borrow(a[0]);
  Ref keep_lock = Ref::borrow(c->lock);
  uint64_t who = me(vm), times = l->count;
  l->count = 1;
  give_back(vm, l);
  // A timeout of zero or less only gives the lock up and takes it back.
  Wake w = Wake::TimedOut;
  if (timeout > 0) {
    s.block(c, "condition", timeout);
    w = co_await ThreadWait{&s};  // a deadlock is raised once the lock is back
  }
  while (l->count != 0) co_await WaitOn{vm, l, "lock", kNoTimeout};
  l->owner = who;
  l->count = times;
  check_wake(vm, w);
  co_return boolean(w == Wake::Notified);
}

// wait_for(predicate, timeout=None): waits until predicate() is true or the
// time is up, and answers the predicate's last value.
Task cond_wait_for(VM& vm, CallArgs& a) {
  cond_of(vm, a, "wait_for");
  auto p = bind_params(vm, a, {"Condition.wait_for", {"predicate", "timeout"}, 1, 2, true});
  Ref self = Ref::borrow(a[0]);
  Ref predicate = Ref::borrow(p[0]);
  Ref timeout = p[1].is_null() ? Ref::borrow(Value::none()) : Ref::borrow(p[1]);
  Ref result = co_await vm.call(predicate.get(), std::vector<Value>());
  int64_t deadline = kNoTimeout;
  bool first = true;
  while (!vm.truthy(result.get())) {
    Ref wait_arg = timeout;
    if (!timeout.get().is_none()) {
      if (first) {
        deadline = deadline_after(vm, timeout_ns(vm, timeout.get()));
      } else {
        int64_t left = time_left(vm, deadline);
        if (left <= 0) break;
        wait_arg = Ref::steal(Value::flt(double(left) / 1e9));
      }
    }
    first = false;
    Ref wait = vm.getattr(self.get(), vm.intern("wait"));
    std::vector<Value> wa(1, wait_arg.get());
    co_await vm.call(wait.get(), std::move(wa));
    result = co_await vm.call(predicate.get(), std::vector<Value>());
  }
  co_return result.release();
}

Value cond_notify(VM& vm, CallArgs& a) {
  CondObj* c = cond_of(vm, a, "notify");
  auto p = bind_params(vm, a, {"Condition.notify", {"n"}, 0, 1, true});
  if (!owned(vm, c->held())) vm.raise(vm.e_runtime, "cannot notify on un-acquired lock");
  int64_t n = p[0].is_null() ? 1 : vm.index_of(p[0]);
  if (n > 0) scheduler(vm).notify(c, size_t(n));
  return Value::none();
}

Value cond_notify_all(VM& vm, CallArgs& a) {
  CondObj* c = cond_of(vm, a, "notify_all");
  bind_params(vm, a, {"Condition.notify_all", {}, 0, 0, true});
  if (!owned(vm, c->held())) vm.raise(vm.e_runtime, "cannot notify on un-acquired lock");
  scheduler(vm).notify(c);
  return Value::none();
}

Value cond_repr(VM& vm, CallArgs& a) {
  CondObj* c = cond_of(vm, a, "__repr__");
  size_t waiting = 0;
  for (auto& t : scheduler(vm).all())
    if (t->state == ThreadState::Blocked && t->waiting_on == c) ++waiting;
  return vm.str("<Condition(" + vm.repr_s(c->lock) + ", " + std::to_string(waiting) + ")>").release();
}

// ---------------------------------------------------------------- Semaphore

// Semaphore(value=1) counts releases; BoundedSemaphore refuses to go
// above its starting value.
struct SemObj : Object {
  int64_t value, initial;
  bool bounded;
  SemObj(Type* t, int64_t v, bool b) : Object(t), value(v), initial(v), bounded(b) {}
};

Value sem_new(VM& vm, CallArgs& a) {
  auto* t = static_cast<Type*>(a[0].as_obj());
  bool bounded = t->name == "BoundedSemaphore";
  auto p = bind_params(vm, a, {bounded ? "BoundedSemaphore.__init__" : "Semaphore.__init__", {"value"}, 0, 1, true});
  int64_t v = p[0].is_null() ? 1 : vm.index_of(p[0]);
  if (v < 0) vm.raise(vm.e_value, "semaphore initial value must be >= 0");
  return Value::obj(make<SemObj>(t, v, bounded));
}

Task sem_wait_task(VM& vm, Ref keep, SemObj* sem, bool blocking, int64_t timeout) {
  int64_t deadline = deadline_after(vm, timeout);
  for (;;) {
    if (sem->value > 0) { --sem->value; co_return boolean(true); }
    int64_t left = time_left(vm, deadline);
    if (!blocking || left <= 0) co_return boolean(false);
    co_await WaitOn{vm, sem, "semaphore", left};
  }
}

Task sem_acquire(VM& vm, CallArgs& a) {
  auto* sem = self_as<SemObj>(vm, a, "acquire", "Semaphore");
  auto p = bind_params(vm, a, {"Semaphore.acquire", {"blocking", "timeout"}, 0, 2, true});
  bool blocking = p[0].is_null() || vm.truthy(p[0]);
  bool timed = !p[1].is_null() && !p[1].is_none();
  if (!blocking && timed) vm.raise(vm.e_value, "can't specify timeout for non-blocking acquire");
  return sem_wait_task(vm, Ref::borrow(a[0]), sem, blocking, timed ? timeout_ns(vm, p[1]) : kNoTimeout);
}

Task sem_enter(VM& vm, CallArgs& a) {
  auto* sem = self_as<SemObj>(vm, a, "__enter__", "Semaphore");
  return sem_wait_task(vm, Ref::borrow(a[0]), sem, true, kNoTimeout);
}

Value sem_release_n(VM& vm, SemObj* sem, int64_t n) {
  if (n < 1) vm.raise(vm.e_value, "n must be one or more");
  if (sem->bounded && sem->value + n > sem->initial) vm.raise(vm.e_value, "Semaphore released too many times");
  sem->value += n;
  scheduler(vm).notify(sem, size_t(n));
  return Value::none();
}

Value sem_release(VM& vm, CallArgs& a) {
  auto* sem = self_as<SemObj>(vm, a, "release", "Semaphore");
  auto p = bind_params(vm, a, {"Semaphore.release", {"n"}, 0, 1, true});
  return sem_release_n(vm, sem, p[0].is_null() ? 1 : vm.index_of(p[0]));
}

Value sem_exit(VM& vm, CallArgs& a) { return sem_release_n(vm, self_as<SemObj>(vm, a, "__exit__", "Semaphore"), 1); }

Value sem_value(VM& vm, CallArgs& a) { return Value::small(self_as<SemObj>(vm, a, "_value", "Semaphore")->value); }

Value sem_repr(VM& vm, CallArgs& a) {
  auto* sem = self_as<SemObj>(vm, a, "__repr__", "Semaphore");
  std::string v = std::to_string(sem->value) + (sem->bounded ? "/" + std::to_string(sem->initial) : "");
  return vm.str("<threading." + sem->type->name + " at " + address(sem) + ": value=" + v + ">").release();
}

Type* threading_type(VM& vm, Value mod, const char* name, NativeFn ctor, Type* base = nullptr) {
  Type* t = vm.new_builtin_type(name, Layout::Object, base ? base : vm.t_object);
  Ref keep(t);
  dict_set(vm, t->dict, vm.intern("__module__"), vm.intern("threading"));
  add_method(vm, t, "__new__", ctor);
  module_set(vm, mod, name, Value::obj(t));
  return t;
}

}  // namespace

void install_locks(VM& vm, Value mod) {
  Type* plain = lock_type(vm, mod, "lock", "Lock", make_lock);
  add_method(vm, plain, "locked", lock_locked);
  Type* rlock = lock_type(vm, mod, "RLock", "RLock", make_rlock);
  add_method(vm, rlock, "_is_owned", rlock_is_owned);

  Type* ev = threading_type(vm, mod, "Event", ev_new);
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"is_set", ev_is_set}, {"set", ev_set}, {"clear", ev_clear}, {"__repr__", ev_repr}})
    add_method(vm, ev, name, fn);
  add_method_co(vm, ev, "wait", ev_wait);

  Type* cond = threading_type(vm, mod, "Condition", cond_new);
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"release", cond_release}, {"__exit__", cond_exit}, {"notify", cond_notify},
           {"notify_all", cond_notify_all}, {"_is_owned", cond_is_owned}, {"__repr__", cond_repr}})
    add_method(vm, cond, name, fn);
  for (auto [name, co] : std::initializer_list<std::pair<const char*, NativeCo>>{
           {"acquire", cond_acquire}, {"__enter__", cond_enter}, {"wait", cond_wait}, {"wait_for", cond_wait_for}})
    add_method_co(vm, cond, name, co);

  Type* sem = threading_type(vm, mod, "Semaphore", sem_new);
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"release", sem_release}, {"__exit__", sem_exit}, {"__repr__", sem_repr}})
    add_method(vm, sem, name, fn);
  add_method_co(vm, sem, "acquire", sem_acquire);
  add_method_co(vm, sem, "__enter__", sem_enter);
  Ref getter = vm.new_native("_value", sem_value, "Semaphore");
  Ref prop(make<Wrapper>(vm.t_property, getter.get()));
  dict_set(vm, sem->dict, vm.intern("_value"), prop.get());
  threading_type(vm, mod, "BoundedSemaphore", sem_new, sem);
}

}  // namespace yl
