// The contextlib module: contextmanager (a generator function as a context
// manager, in `with` or as a decorator), suppress, closing and nullcontext;
// ExitStack in contextlib_exitstack.cpp.
// Entering and leaving run the generator through the frame stack (co_await),
// so the VM can pause or step inside it.
#include "../objects/collections_ops.h"
#include "c_args.h"
#include "functools_parts.h"
#include "module.h"

namespace yl {

void install_exit_stack(VM& vm, Value mod);  // contextlib_exitstack.cpp

namespace {

// The objects of this module. A manager made by contextmanager holds the
// generator and the call that made it (func, args tuple, kwargs dict), so a
// decorated function can make a fresh one per call; the function
// contextmanager returns holds the generator function in `func`; a function
// decorated by a manager holds the manager in `gen` and itself in `func`;
// suppress, closing and nullcontext hold their one value in `gen`. They are
// instances with a __dict__, so update_wrapper can name the functions.
struct ContextObj : Instance {
  Value gen, func, args, kwargs;  // owned; None where unused
  ContextObj(Type* t, Value g, Value f, Value a, Value k) : Instance(t), gen(g), func(f), args(a), kwargs(k) {
    incref(g); incref(f); incref(a); incref(k);
  }
  ~ContextObj() override { decref(gen); decref(func); decref(args); decref(kwargs); }
  void traverse(Visitor& v) override {
    Instance::traverse(v);
    v.visit(gen); v.visit(func); v.visit(args); v.visit(kwargs);
  }
  void clear() override {
    Instance::clear();
    Value g = gen, f = func, a = args, k = kwargs;
    gen = func = args = kwargs = Value::none();
    decref(g); decref(f); decref(a); decref(k);
  }
};

ContextObj* self_ctx(VM& vm, CallArgs& a, const char* what) {
  ContextObj* c = a.n && a[0].is_obj() ? dynamic_cast<ContextObj*>(a[0].as_obj()) : nullptr;
  if (!c) vm.type_error(std::string("descriptor '") + what + "' needs a contextlib object");
  return c;
}

// The classes made by calling them (suppress, closing, nullcontext) have the
// Object layout, so the VM constructs them through their native __new__.
Type* ctx_type(VM& vm, Value mod, const char* name, Layout layout = Layout::Instance) {
  Type* t = vm.new_builtin_type(name, layout, vm.t_object);
  dict_set(vm, t->dict, vm.intern("__module__"), vm.intern("contextlib"));
  module_set(vm, mod, name, Value::obj(t));
  decref(t);  // the module holds it
  return t;
}

[[noreturn]] void runtime_error_from_none(VM& vm, const char* msg) {
  Ref e = vm.new_exception(vm.e_runtime, msg);
  static_cast<ExceptionObj*>(e.get().as_obj())->suppress_context = true;
  vm.raise_value(e.get());
}

// func(*args, **kwargs) through the frame stack.
VM::CallAwait call_stored(VM& vm, Value func, Value args, Value kwargs, std::vector<Value>& flat, Ref& names) {
  Tuple* t = as_tuple(args);
  flat.assign(t->items, t->items + t->size);
  std::vector<Value> keys;
  size_t pos = 0; Value k, v;
  if (kwargs.is_obj()) while (dict_next(as_dict(kwargs), &pos, &k, &v)) { keys.push_back(k); flat.push_back(v); }
  if (!keys.empty()) names = vm.new_tuple(keys.data(), keys.size());
  return vm.call_kw(func, flat, names.is_null() ? nullptr : names.as<Tuple>());
}

// A function that stands for another (bound self: a ContextObj whose
// `func` it names): a method when found on a class, as functions are.
Value wrapper_get(VM& vm, CallArgs& a) {
  if (a.n < 2 || a[1].is_none()) return Ref::borrow(a[0]).release();
  return Value::obj(make<BoundMethod>(vm.t_method, a[1], a[0]));
}

// What contextmanager returns: calling it calls the generator function and
// wraps the generator in a manager. Its type's `manager` is that manager type.
Task helper_call(VM& vm, CallArgs& a) {
  ContextObj* h = self_ctx(vm, a, "__call__");
  Ref keep = Ref::borrow(a[0]);
  std::vector<Value> pos(a.args + 1, a.args + a.n);
  Ref args = vm.new_tuple(pos.data(), pos.size());
  Ref kwargs = vm.new_dict();
  for (size_t i = 0; i < a.nkw(); ++i) dict_set(vm, kwargs.as<Dict>(), a.kwnames->items[i], a.kwvals[i]);
  std::vector<Value> flat;
  Ref names;
  Ref gen = co_await call_stored(vm, h->func, args.get(), kwargs.get(), flat, names);
  auto* t = static_cast<Type*>(h->gen.as_obj());
  co_return Value::obj(make<ContextObj>(t, gen.get(), h->func, args.get(), kwargs.get()));
}

// contextmanager(func); bound self: (helper type, manager type).
Value contextmanager(VM& vm, CallArgs& a) {
  check_args(vm, "contextmanager", a, 2, 2);
  Tuple* types = as_tuple(a[0]);
  Value none = Value::none();
  Ref helper(make<ContextObj>(static_cast<Type*>(types->items[0].as_obj()), types->items[1], a[1], none, none));
  update_wrapper(vm, helper.get(), a[1]);
  return helper.release();
}

Task gcm_enter(VM& vm, CallArgs& a) {
  ContextObj* c = self_ctx(vm, a, "__enter__");
  Ref keep = Ref::borrow(a[0]);
  Ref v = co_await vm.next(c->gen);
  if (v.is_null()) runtime_error_from_none(vm, "generator didn't yield");
  co_return v.release();
}

// The exception's traceback, kept while it is thrown into the generator: a
// with statement whose manager lets it through re-raises it as it was, not
// with the generator's frames added.
struct SavedTraceback {
  ExceptionObj* exc;
  Vec<TracebackEntry> entries;
  explicit SavedTraceback(Value v) : exc(dynamic_cast<ExceptionObj*>(v.as_obj())) {
    if (exc) entries = exc->traceback;
    for (auto& e : entries) incref(e.code);
  }
  ~SavedTraceback() { for (auto& e : entries) decref(e.code); }
  void restore() {
    if (!exc) return;
    for (auto& e : exc->traceback) decref(e.code);
    exc->traceback = entries;
    for (auto& e : entries) incref(e.code);
  }
};

Task gcm_exit(VM& vm, CallArgs& a) {
  ContextObj* c = self_ctx(vm, a, "__exit__");
  check_args(vm, "__exit__", a, 4, 4);
  Ref keep = Ref::borrow(a[0]);
  Ref gen = Ref::borrow(c->gen);
  if (a[1].is_none()) {
    Ref more = co_await vm.next(gen.get());
    if (!more.is_null()) vm.raise(vm.e_runtime, "generator didn't stop");
    co_return Value::boolean(false);
  }
  Ref value = a[2].is_none() ? vm.call_sync(a[1], {}) : Ref::borrow(a[2]);
  SavedTraceback saved(value.get());
  Ref thrower = vm.getattr(gen.get(), vm.intern("throw"));
  try {
    Ref r = co_await vm.call(thrower.get(), std::vector<Value>(1, value.get()));
  } catch (PyException& e) {
    // Swallowed by the generator (it returned): the with block goes on after.
    if (vm.isinstance(e.exc, vm.e_stop)) co_return Value::boolean(e.exc != value.get());
    if (e.exc == value.get()) { saved.restore(); co_return Value::boolean(false); }
    // A StopIteration from the block that PEP 479 turned into RuntimeError.
    if (vm.isinstance(e.exc, vm.e_runtime) && vm.isinstance(value.get(), vm.e_stop) &&
        static_cast<ExceptionObj*>(e.exc.as_obj())->cause == value.get()) {
      saved.restore();
      co_return Value::boolean(false);
    }
    throw;
  }
  vm.raise(vm.e_runtime, "generator didn't stop after throw()");
}

// @manager(...) on a function: each call runs inside a fresh manager made
// by the same generator function and arguments.
Task decorated_call(VM& vm, CallArgs& a) {
  ContextObj* d = self_ctx(vm, a, "__call__");
  Ref keep = Ref::borrow(a[0]);
  // The call's arguments, copied: the caller's slots do not outlive the first co_await.
  std::vector<Value> given(a.args + 1, a.args + a.n);
  given.insert(given.end(), a.kwvals, a.kwvals + a.nkw());
  Ref given_tuple = vm.new_tuple(given.data(), given.size());
  Ref kwnames = a.kwnames ? Ref::borrow(Value::obj(a.kwnames)) : Ref();
  auto* made = static_cast<ContextObj*>(d->gen.as_obj());
  std::vector<Value> flat;
  Ref names;
  Ref gen = co_await call_stored(vm, made->func, made->args, made->kwargs, flat, names);
  Ref cm(make<ContextObj>(made->type, gen.get(), made->func, made->args, made->kwargs));
  Ref enter = vm.getattr(cm.get(), vm.intern("__enter__"));
  Ref exit = vm.getattr(cm.get(), vm.intern("__exit__"));
  Ref ignored = co_await vm.call(enter.get(), std::vector<Value>());

  Ref result;
  Ref failed;
  try {
    result = co_await vm.call_kw(d->func, given, kwnames.is_null() ? nullptr : kwnames.as<Tuple>());
  } catch (PyException& e) {
    failed = Ref::borrow(e.exc);
  }
  Value none = Value::none();
  std::vector<Value> exit_args{failed.is_null() ? none : Value::obj(vm.type_of(failed.get())),
                               failed.is_null() ? none : failed.get(), none};
  Ref suppress = co_await vm.call(exit.get(), std::move(exit_args));
  if (!failed.is_null()) {
    if (vm.truthy(suppress.get())) co_return Value::none();
    vm.raise_value(failed.get());
  }
  co_return result.release();
}

// manager.__call__(func); bound self: the decorated-function type.
Value gcm_call(VM& vm, CallArgs& a) {
  ContextObj* c = self_ctx(vm, a, "__call__");
  check_args(vm, "__call__", a, 2, 2);
  Value decorated_type = dict_get(vm, c->type->dict, vm.intern("_decorated"));
  Value none = Value::none();
  Ref wrapper(make<ContextObj>(static_cast<Type*>(decorated_type.as_obj()), a[0], a[1], none, none));
  update_wrapper(vm, wrapper.get(), a[1]);
  return wrapper.release();
}

// ---- suppress(*exceptions) ----
Value suppress_new(VM& vm, CallArgs& a) {
  auto* t = static_cast<Type*>(a[0].as_obj());
  Ref excs = vm.new_tuple(a.args + 1, a.n - 1);
  return Value::obj(make<ContextObj>(t, excs.get(), Value::none(), Value::none(), Value::none()));
}
Value enter_none(VM& vm, CallArgs& a) { self_ctx(vm, a, "__enter__"); return Value::none(); }
Value suppress_exit(VM& vm, CallArgs& a) {
  ContextObj* c = self_ctx(vm, a, "__exit__");
  check_args(vm, "__exit__", a, 4, 4);
  if (a[1].is_none()) return Value::boolean(false);
  Tuple* excs = as_tuple(c->gen);
  for (size_t i = 0; i < excs->size; ++i) {
    Value e = excs->items[i];
    if (e.is_obj() && e.as_obj()->type->is_subtype(vm.t_type) &&
        vm.is_subclass(static_cast<Type*>(a[1].as_obj()), static_cast<Type*>(e.as_obj())))
      return Value::boolean(true);
  }
  return Value::boolean(false);
}

// ---- closing(thing), nullcontext(enter_result=None) ----
Value holder_new(VM& vm, CallArgs& a) {
  auto* t = static_cast<Type*>(a[0].as_obj());
  std::string name = t->name;
  Value v = a.n > 1 ? a[1] : a.kw("enter_result");
  if (name == "closing") check_args(vm, "closing", a, 2, 2);
  return Value::obj(make<ContextObj>(t, v.is_null() ? Value::none() : v, Value::none(), Value::none(), Value::none()));
}
Value enter_held(VM& vm, CallArgs& a) {
  Value held = self_ctx(vm, a, "__enter__")->gen;
  incref(held);
  return held;
}
Task closing_exit(VM& vm, CallArgs& a) {
  ContextObj* c = self_ctx(vm, a, "__exit__");
  Ref close = vm.getattr(c->gen, vm.intern("close"));
  Ref ignored = co_await vm.call(close.get(), std::vector<Value>());
  co_return Value::none();
}
Value nullcontext_exit(VM&, CallArgs&) { return Value::none(); }

}  // namespace

Ref make_contextlib(VM& vm) {
  Ref mod = new_module(vm, "contextlib");
  Value m = mod.get();

  Type* gcm = ctx_type(vm, m, "_GeneratorContextManager");
  add_method_co(vm, gcm, "__enter__", gcm_enter);
  add_method_co(vm, gcm, "__exit__", gcm_exit);
  add_method(vm, gcm, "__call__", gcm_call);
  Type* helper = ctx_type(vm, m, "_GeneratorContextManagerFunction");
  add_method_co(vm, helper, "__call__", helper_call);
  add_method(vm, helper, "__get__", wrapper_get);
  Type* decorated = ctx_type(vm, m, "_ManagedFunction");
  add_method_co(vm, decorated, "__call__", decorated_call);
  add_method(vm, decorated, "__get__", wrapper_get);
  dict_set(vm, gcm->dict, vm.intern("_decorated"), Value::obj(decorated));
  Value types[2] = {Value::obj(helper), Value::obj(gcm)};
  Ref cm = vm.new_native("contextmanager", contextmanager);
  cm.as<NativeFunction>()->self = vm.new_tuple(types, 2).release();
  module_set(vm, m, "contextmanager", cm.get());

  Type* suppress = ctx_type(vm, m, "suppress", Layout::Object);
  add_method(vm, suppress, "__new__", suppress_new);
  add_method(vm, suppress, "__enter__", enter_none);
  add_method(vm, suppress, "__exit__", suppress_exit);

  Type* closing = ctx_type(vm, m, "closing", Layout::Object);
  add_method(vm, closing, "__new__", holder_new);
  add_method(vm, closing, "__enter__", enter_held);
  add_method_co(vm, closing, "__exit__", closing_exit);

  Type* nullcontext = ctx_type(vm, m, "nullcontext", Layout::Object);
  add_method(vm, nullcontext, "__new__", holder_new);
  add_method(vm, nullcontext, "__enter__", enter_held);
  add_method(vm, nullcontext, "__exit__", nullcontext_exit);
  install_exit_stack(vm, m);
  return mod;
}

}  // namespace yl
