// The threading module: Thread (and the classes programs derive from it),
// the main thread, Timer and the module functions, over the cooperative
// scheduler of vm_threads.h. Locks, events, conditions and semaphores live
// in threading_locks.cpp, Barrier in threading_barrier.cpp.
//
// A Thread is a plain object with an attribute dict, as in CPython, so
// subclasses add their own attributes and override run(). What CPython's
// threading.py keeps in attributes is kept there too (_target, _args,
// _kwargs, _name, _daemonic, _ident, _started); whether a started thread is
// still alive is the scheduler's answer for its ident.
#include "threading.h"
#include <cmath>
#include "../objects/collections_ops.h"
#include "num_args.h"
#include "params.h"

namespace yl {

Scheduler& scheduler(VM& vm) { return *vm.threads; }

int64_t timeout_ns(VM& vm, Value seconds) {
  double s = arg_double(vm, seconds);
  if (std::isnan(s)) vm.raise(vm.e_value, "Invalid value NaN (not a number)");
  double ns = std::ceil(s * 1e9);
  if (ns >= 9.2e18) return kNoTimeout;
  if (ns <= -9.2e18) return -kNoTimeout;
  return int64_t(ns);
}

void check_wake(VM& vm, Wake w) {
  if (w == Wake::Deadlock) vm.raise(vm.e_runtime, kDeadlockMessage);
}

int64_t deadline_after(VM& vm, int64_t timeout) {
  if (timeout == kNoTimeout) return kNoTimeout;
  int64_t now = vm_now_ns(vm);
  return timeout >= kNoTimeout - now ? kNoTimeout : now + std::max<int64_t>(timeout, 0);
}

int64_t time_left(VM& vm, int64_t deadline) {
  if (deadline == kNoTimeout) return kNoTimeout;
  return deadline - vm_now_ns(vm);
}

namespace {

Value none() { return Value::none(); }

// ---------------------------------------------------------------- attributes

Value get(VM& vm, Dict* d, const char* name) { return dict_get(vm, d, vm.intern(name)); }
void put(VM& vm, Dict* d, const char* name, Value v) { dict_set(vm, d, vm.intern(name), v); }

// The attribute dict of a Thread method's self.
Dict* self_attrs(VM& vm, CallArgs& a, const char* method) {
  if (a.n == 0 || !a[0].is_obj() || vm.type_of(a[0])->layout != Layout::Instance)
    vm.type_error(std::string("descriptor '") + method + "' for 'Thread' objects doesn't apply to a '" +
                  (a.n ? vm.type_of(a[0])->name : std::string("NoneType")) + "' object");
  return static_cast<Instance*>(a[0].as_obj())->attrs;
}

bool initialized(VM& vm, Dict* d) { return !get(vm, d, "_initialized").is_null(); }
bool started(VM& vm, Dict* d) {
  Value s = get(vm, d, "_started");
  return !s.is_null() && vm.truthy(s);
}

// The scheduler's record of a started thread.
VMThread* record(VM& vm, Dict* d) {
  Value id = get(vm, d, "_ident");
  if (id.is_null() || !id.is_int()) return nullptr;
  return scheduler(vm).find(uint64_t(id.as_int()));
}

bool finished(VM& vm, VMThread* t) {
  Scheduler& s = scheduler(vm);
  if (t == s.main()) return s.main_exited();
  return t->state == ThreadState::Finished;
}

// CPython's threading.py asserts on these.
void assert_initialized(VM& vm, Dict* d, const char* msg = "Thread.__init__() not called") {
  if (!initialized(vm, d)) vm.raise(vm.e_assertion, msg);
}

void init_thread(VM& vm, Dict* d, Value target, Value name, Value args, Value kwargs, Value daemon) {
  Scheduler& s = scheduler(vm);
  std::string nm;
  if (!name.is_null() && !name.is_none() && vm.truthy(name)) {
    nm = vm.str_s(name);
  } else {
    nm = "Thread-" + std::to_string(s.next_thread_number());
    if (!target.is_null() && !target.is_none()) {
      Ref tn = vm.getattr_opt(target, vm.intern("__name__"));
      if (!tn.is_null()) nm += " (" + vm.str_s(tn.get()) + ")";
    }
  }
  Ref empty_args = vm.new_tuple(nullptr, 0);
  Ref empty_kwargs = vm.new_dict();
  put(vm, d, "_target", target.is_null() ? none() : target);
  put(vm, d, "_name", vm.str(nm).get());
  put(vm, d, "_args", args.is_null() ? empty_args.get() : args);
  put(vm, d, "_kwargs", kwargs.is_null() || kwargs.is_none() ? empty_kwargs.get() : kwargs);
  // A thread is a daemon when its creator is, unless told otherwise.
  put(vm, d, "_daemonic", daemon.is_null() || daemon.is_none() ? Value::boolean(s.running()->daemon) : daemon);
  put(vm, d, "_ident", none());
  put(vm, d, "_started", Value::boolean(false));
  put(vm, d, "_initialized", Value::boolean(true));
}

// ---------------------------------------------------------------- Thread

Value th_init(VM& vm, CallArgs& a) {
  Dict* d = self_attrs(vm, a, "__init__");
  auto p = bind_params(vm, a, {"Thread.__init__", {"group", "target", "name", "args", "kwargs", "daemon"}, 0, 5, true});
  if (!p[0].is_null() && !p[0].is_none()) vm.raise(vm.e_assertion, "group argument must be None for now");
  init_thread(vm, d, p[1], p[2], p[3], p[4], p[5]);
  return none();
}

Value th_start(VM& vm, CallArgs& a) {
  Dict* d = self_attrs(vm, a, "start");
  bind_params(vm, a, {"Thread.start", {}, 0, 0, true});
  if (!initialized(vm, d)) vm.raise(vm.e_runtime, "thread.__init__() not called");
  if (started(vm, d)) vm.raise(vm.e_runtime, "threads can only be started once");
  Ref run = vm.getattr(a[0], vm.intern("run"));
  put(vm, d, "_started", Value::boolean(true));
  Value daemon = get(vm, d, "_daemonic");
  VMThread* t = scheduler(vm).start(a[0], vm.str_s(get(vm, d, "_name")), !daemon.is_null() && vm.truthy(daemon),
                                    run.get(), {}, Ref());
  put(vm, d, "_ident", vm.from_int64(int64_t(t->ident)).get());
  return none();
}

// "__main__.f()" as CPython names a callable in call errors.
std::string function_str(VM& vm, Value f) {
  Ref q = vm.getattr_opt(f, vm.intern("__qualname__"));
  if (q.is_null()) q = vm.getattr_opt(f, vm.intern("__name__"));
  if (q.is_null()) return vm.str_s(f) + " object";
  Ref m = vm.getattr_opt(f, vm.intern("__module__"));
  std::string mod = m.is_null() || m.get().is_none() ? "" : vm.str_s(m.get());
  return (mod.empty() || mod == "builtins" ? "" : mod + ".") + vm.str_s(q.get()) + "()";
}

// target(*args, **kwargs) as the arguments of one call (the keyword values
// last, named by the returned tuple, or a null Ref when there are none).
Ref spread_arguments(VM& vm, Value target, Value args, Value kwargs, std::vector<Ref>* out) {
  try {
    vm.get_iter(args);
  } catch (PyException& e) {
    if (!vm.isinstance(e.exc, vm.e_type)) throw;
    vm.type_error(function_str(vm, target) + " argument after * must be an iterable, not " + vm.type_of(args)->name);
  }
  for (Ref& r : vm.collect(args)) out->push_back(std::move(r));
  if (vm.type_of(kwargs)->layout != Layout::Dict)
    vm.type_error(function_str(vm, target) + " argument after ** must be a mapping, not " + vm.type_of(kwargs)->name);
  Dict* kw = as_dict(kwargs);
  std::vector<Value> names;
  size_t pos = 0; Value k, v;
  while (dict_next(kw, &pos, &k, &v)) {
    if (vm.type_of(k)->layout != Layout::Str) vm.type_error("keywords must be strings");
    names.push_back(k);
    out->push_back(Ref::borrow(v));
  }
  if (names.empty()) return Ref();
  return vm.new_tuple(names.data(), names.size());
}

// Thread.run: calls the target, then forgets it (and its arguments), as
// CPython does so a finished thread keeps nothing alive.
Task th_run(VM& vm, CallArgs& a) {
  Dict* d = self_attrs(vm, a, "run");
  bind_params(vm, a, {"Thread.run", {}, 0, 0, true});
  Ref self = Ref::borrow(a[0]);
  Ref target = vm.getattr(self.get(), vm.intern("_target"));
  std::exception_ptr failed;
  if (!target.get().is_none()) {
    try {
      Ref args = vm.getattr(self.get(), vm.intern("_args"));
      Ref kwargs = vm.getattr(self.get(), vm.intern("_kwargs"));
      std::vector<Ref> owned;
      Ref names = spread_arguments(vm, target.get(), args.get(), kwargs.get(), &owned);
      std::vector<Value> argv;
      for (auto& r : owned) argv.push_back(r.get());
      co_await vm.call_kw(target.get(), argv, names.is_null() ? nullptr : names.as<Tuple>());
    } catch (...) {
      failed = std::current_exception();
    }
  }
  d = static_cast<Instance*>(self.get().as_obj())->attrs;
  static const char* const kForget[] = {"_target", "_args", "_kwargs"};
  for (const char* n : kForget) dict_del(vm, d, vm.intern(n));
  if (failed) std::rethrow_exception(failed);
  co_return none();
}

Task th_join(VM& vm, CallArgs& a) {
  Dict* d = self_attrs(vm, a, "join");
  auto p = bind_params(vm, a, {"Thread.join", {"timeout"}, 0, 1, true});
  if (!initialized(vm, d)) vm.raise(vm.e_runtime, "Thread.__init__() not called");
  if (!started(vm, d)) vm.raise(vm.e_runtime, "cannot join thread before it is started");
  Scheduler& s = scheduler(vm);
  VMThread* t = record(vm, d);
  if (t == s.running()) vm.raise(vm.e_runtime, "cannot join current thread");
  int64_t timeout = p[0].is_null() || p[0].is_none() ? kNoTimeout : std::max<int64_t>(timeout_ns(vm, p[0]), 0);
  // join(0) only looks; CPython does not even let another thread run.
  if (!t || finished(vm, t) || timeout == 0 || !s.can_block()) co_return none();
  co_await WaitOn{vm, t, "join", timeout};
  co_return none();
}

Value th_is_alive(VM& vm, CallArgs& a) {
  Dict* d = self_attrs(vm, a, "is_alive");
  bind_params(vm, a, {"Thread.is_alive", {}, 0, 0, true});
  assert_initialized(vm, d);
  if (!started(vm, d)) return Value::boolean(false);
  VMThread* t = record(vm, d);
  return Value::boolean(t && !finished(vm, t));
}

Value th_repr(VM& vm, CallArgs& a) {
  Dict* d = self_attrs(vm, a, "__repr__");
  assert_initialized(vm, d, "Thread.__init__() was not called");
  std::string status = "initial";
  if (started(vm, d)) {
    VMThread* t = record(vm, d);
    status = t && finished(vm, t) ? "stopped" : "started";
  }
  Value daemon = get(vm, d, "_daemonic");
  if (!daemon.is_null() && vm.truthy(daemon)) status += " daemon";
  Value ident = get(vm, d, "_ident");
  if (!ident.is_null() && !ident.is_none()) status += " " + vm.str_s(ident);
  return vm.str("<" + vm.type_of(a[0])->name + "(" + vm.str_s(get(vm, d, "_name")) + ", " + status + ")>").release();
}

// ---- properties ----

Value th_name(VM& vm, CallArgs& a) {
  Dict* d = self_attrs(vm, a, "name");
  assert_initialized(vm, d);
  return Ref::borrow(get(vm, d, "_name")).release();
}
Value th_set_name(VM& vm, CallArgs& a) {
  Dict* d = self_attrs(vm, a, "name");
  assert_initialized(vm, d);
  Ref s = vm.to_str(a[1]);
  put(vm, d, "_name", s.get());
  if (VMThread* t = started(vm, d) ? record(vm, d) : nullptr) t->name = vm.str_s(s.get());
  return none();
}
Value th_daemon(VM& vm, CallArgs& a) {
  Dict* d = self_attrs(vm, a, "daemon");
  assert_initialized(vm, d);
  return Ref::borrow(get(vm, d, "_daemonic")).release();
}
Value th_set_daemon(VM& vm, CallArgs& a) {
  Dict* d = self_attrs(vm, a, "daemon");
  if (!initialized(vm, d)) vm.raise(vm.e_runtime, "Thread.__init__() not called");
  if (started(vm, d)) vm.raise(vm.e_runtime, "cannot set daemon status of active thread");
  put(vm, d, "_daemonic", a[1]);
  return none();
}
Value th_ident(VM& vm, CallArgs& a) {
  Dict* d = self_attrs(vm, a, "ident");
  assert_initialized(vm, d);
  return Ref::borrow(get(vm, d, "_ident")).release();
}

// ---------------------------------------------------------------- Timer

// Timer(interval, function, args=None, kwargs=None): a thread that waits
// `interval` seconds on its `finished` event, then calls the function
// unless cancel() set the event first.
Value tm_init(VM& vm, CallArgs& a) {
  Dict* d = self_attrs(vm, a, "__init__");
  auto p = bind_params(vm, a, {"Timer.__init__", {"interval", "function", "args", "kwargs"}, 2, 4, true});
  init_thread(vm, d, Value::null(), Value::null(), Value::null(), Value::null(), Value::null());
  Ref args = p[2].is_null() || p[2].is_none() ? vm.new_list() : Ref::borrow(p[2]);
  Ref kwargs = p[3].is_null() || p[3].is_none() ? vm.new_dict() : Ref::borrow(p[3]);
  Ref event_type = vm.getattr(vm.import_module("threading").get(), vm.intern("Event"));
  Ref finished = vm.call_sync(event_type.get(), {});
  put(vm, d, "interval", p[0]);
  put(vm, d, "function", p[1]);
  put(vm, d, "args", args.get());
  put(vm, d, "kwargs", kwargs.get());
  put(vm, d, "finished", finished.get());
  return none();
}

Task tm_cancel(VM& vm, CallArgs& a) {
  self_attrs(vm, a, "cancel");
  bind_params(vm, a, {"Timer.cancel", {}, 0, 0, true});
  Ref finished = vm.getattr(a[0], vm.intern("finished"));
  Ref set = vm.getattr(finished.get(), vm.intern("set"));
  co_await vm.call(set.get(), std::vector<Value>());
  co_return none();
}

Task tm_run(VM& vm, CallArgs& a) {
  self_attrs(vm, a, "run");
  bind_params(vm, a, {"Timer.run", {}, 0, 0, true});
  Ref self = Ref::borrow(a[0]);
  Ref finished = vm.getattr(self.get(), vm.intern("finished"));
  Ref interval = vm.getattr(self.get(), vm.intern("interval"));
  Ref wait = vm.getattr(finished.get(), vm.intern("wait"));
  std::vector<Value> wait_args(1, interval.get());
  co_await vm.call(wait.get(), std::move(wait_args));
  Ref is_set = vm.getattr(finished.get(), vm.intern("is_set"));
  Ref cancelled = co_await vm.call(is_set.get(), std::vector<Value>());
  if (!vm.truthy(cancelled.get())) {
    Ref function = vm.getattr(self.get(), vm.intern("function"));
    Ref args = vm.getattr(self.get(), vm.intern("args"));
    Ref kwargs = vm.getattr(self.get(), vm.intern("kwargs"));
    std::vector<Ref> owned;
    Ref names = spread_arguments(vm, function.get(), args.get(), kwargs.get(), &owned);
    std::vector<Value> argv;
    for (auto& r : owned) argv.push_back(r.get());
    co_await vm.call_kw(function.get(), argv, names.is_null() ? nullptr : names.as<Tuple>());
  }
  Ref set = vm.getattr(finished.get(), vm.intern("set"));
  co_await vm.call(set.get(), std::vector<Value>());
  co_return none();
}

// ---------------------------------------------------------------- functions

Value current_obj(VM& vm) { return scheduler(vm).running()->obj.get(); }

Value f_current_thread(VM& vm, CallArgs& a) {
  bind_params(vm, a, {"current_thread", {}, 0, 0});
  return Ref::borrow(current_obj(vm)).release();
}
Value f_main_thread(VM& vm, CallArgs& a) {
  bind_params(vm, a, {"main_thread", {}, 0, 0});
  return Ref::borrow(scheduler(vm).main()->obj.get()).release();
}

// The threads enumerate() lists: started and not yet finished (the main
// thread stays listed while the interpreter waits for the others).
std::vector<Value> live_threads(VM& vm) {
  std::vector<Value> out;
  for (auto& t : scheduler(vm).all())
    if (t->state != ThreadState::Finished && !t->obj.is_null()) out.push_back(t->obj.get());
  return out;
}

Value f_enumerate(VM& vm, CallArgs& a) {
  bind_params(vm, a, {"enumerate", {}, 0, 0});
  Ref l = vm.new_list();
  for (Value v : live_threads(vm)) list_append(l.as<List>(), v);
  return l.release();
}
Value f_active_count(VM& vm, CallArgs& a) {
  bind_params(vm, a, {"active_count", {}, 0, 0});
  return Value::small(int64_t(live_threads(vm).size()));
}
Value f_get_ident(VM& vm, CallArgs& a) {
  check_args(vm, "get_ident", a, 0, 0);
  return vm.from_int64(int64_t(scheduler(vm).running()->ident)).release();
}

Type* thread_type(VM& vm, const char* name, Type* base) {
  Type* t = vm.new_builtin_type(name, Layout::Instance, base);
  dict_set(vm, t->dict, vm.intern("__module__"), vm.intern("threading"));
  return t;
}

void add_property(VM& vm, Type* t, const char* name, NativeFn get_fn, NativeFn set_fn) {
  Ref getter = vm.new_native(name, get_fn, "Thread");
  Ref prop(make<Wrapper>(vm.t_property, getter.get()));
  if (set_fn) {
    Ref setter = vm.new_native(name, set_fn, "Thread");
    auto* w = prop.as<Wrapper>();
    decref(w->fset);
    w->fset = setter.release();
  }
  dict_set(vm, t->dict, vm.intern(name), prop.get());
}

}  // namespace

Ref make_threading(VM& vm) {
  Ref mod = new_module(vm, "threading");
  Type* thread = thread_type(vm, "Thread", vm.t_object);
  Ref thread_ref(thread);
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"__init__", th_init}, {"start", th_start}, {"is_alive", th_is_alive}, {"__repr__", th_repr}})
    add_method(vm, thread, name, fn);
  add_method_co(vm, thread, "run", th_run);
  add_method_co(vm, thread, "join", th_join);
  add_property(vm, thread, "name", th_name, th_set_name);
  add_property(vm, thread, "daemon", th_daemon, th_set_daemon);
  add_property(vm, thread, "ident", th_ident, nullptr);
  add_property(vm, thread, "native_id", th_ident, nullptr);
  module_set(vm, mod.get(), "Thread", Value::obj(thread));

  Type* timer = thread_type(vm, "Timer", thread);
  Ref timer_ref(timer);
  add_method(vm, timer, "__init__", tm_init);
  add_method_co(vm, timer, "cancel", tm_cancel);
  add_method_co(vm, timer, "run", tm_run);
  module_set(vm, mod.get(), "Timer", Value::obj(timer));

  // The main thread: started, never a daemon, the scheduler's first thread.
  Type* main_type = thread_type(vm, "_MainThread", thread);
  Ref main_type_ref(main_type);
  Ref main_obj(make<Instance>(main_type));
  Dict* d = main_obj.as<Instance>()->attrs;
  Ref empty_args = vm.new_tuple(nullptr, 0);
  Ref empty_kwargs = vm.new_dict();
  if (!vm.threads) vm.threads = std::make_unique<Scheduler>(vm, main_obj.get());
  put(vm, d, "_target", none());
  put(vm, d, "_name", vm.str("MainThread").get());
  put(vm, d, "_args", empty_args.get());
  put(vm, d, "_kwargs", empty_kwargs.get());
  put(vm, d, "_daemonic", Value::boolean(false));
  put(vm, d, "_ident", vm.from_int64(int64_t(vm.threads->main()->ident)).get());
  put(vm, d, "_started", Value::boolean(true));
  put(vm, d, "_initialized", Value::boolean(true));

  module_def(vm, mod.get(), "current_thread", f_current_thread);
  module_def(vm, mod.get(), "main_thread", f_main_thread);
  module_def(vm, mod.get(), "enumerate", f_enumerate);
  module_def(vm, mod.get(), "active_count", f_active_count);
  module_def(vm, mod.get(), "get_ident", f_get_ident);
  module_def(vm, mod.get(), "get_native_id", f_get_ident);
  module_set(vm, mod.get(), "TIMEOUT_MAX", Value::flt(9223372036.0));
  install_locks(vm, mod.get());
  install_barrier(vm, mod.get());
  return mod;
}

}  // namespace yl
