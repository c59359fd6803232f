// contextlib.ExitStack: context managers and callbacks entered one by one
// and left in reverse order when the stack closes, each exit seeing the
// exception the ones after it left (or none, once one suppressed it).
#include "../objects/collections_ops.h"
#include "module.h"

namespace yl {

namespace {

// Each callback on the stack is a tuple (exit, args, kwargs): `exit` is a
// manager's bound __exit__ when args is None, else a function that
// callback() registered with its arguments (kwargs a dict).
struct ExitStackObj : Object {
  Value callbacks;  // owned list of those tuples
  ExitStackObj(Type* t, Value cbs) : Object(t), callbacks(cbs) { incref(cbs); }
  ~ExitStackObj() override { decref(callbacks); }
  void traverse(Visitor& v) override { v.visit(callbacks); }
  void clear() override {
    Value c = callbacks;
    callbacks = Value::none();
    decref(c);
  }
};

ExitStackObj* self_stack(VM& vm, CallArgs& a, const char* what) {
  ExitStackObj* s = a.n && a[0].is_obj() ? dynamic_cast<ExitStackObj*>(a[0].as_obj()) : nullptr;
  if (!s) vm.type_error(std::string("descriptor '") + what + "' requires a 'contextlib.ExitStack' object");
  return s;
}

void push_entry(VM& vm, ExitStackObj* s, Value exit, Value args, Value kwargs) {
  Value parts[3] = {exit, args, kwargs};
  list_append(as_list(s->callbacks), vm.new_tuple(parts, 3).get());
}

Value stack_new(VM& vm, CallArgs& a) {
  auto* t = static_cast<Type*>(a[0].as_obj());
  if (a.n > 1 || a.nkw()) vm.type_error("ExitStack() takes no arguments");
  return Value::obj(make<ExitStackObj>(t, vm.new_list().get()));
}

Value stack_enter(VM& vm, CallArgs& a) { self_stack(vm, a, "__enter__"); incref(a[0]); return a[0]; }

// enter_context(cm): enters cm and pushes its __exit__.
Task enter_context(VM& vm, CallArgs& a) {
  ExitStackObj* s = self_stack(vm, a, "enter_context");
  if (a.n != 2) vm.type_error("enter_context() takes exactly one argument");
  Ref keep = Ref::borrow(a[0]), cm = Ref::borrow(a[1]);
  Type* t = vm.type_of(cm.get());
  if (vm.lookup_type(t, vm.intern("__enter__")).is_null() || vm.lookup_type(t, vm.intern("__exit__")).is_null())
    vm.type_error("'" + t->name + "' object does not support the context manager protocol");
  Ref exit = vm.getattr(cm.get(), vm.intern("__exit__"));
  Ref enter = vm.getattr(cm.get(), vm.intern("__enter__"));
  Ref result = co_await vm.call(enter.get(), std::vector<Value>());
  push_entry(vm, s, exit.get(), Value::none(), Value::none());
  co_return result.release();
}

// callback(fn, *args, **kwds): fn(*args, **kwds) when the stack closes.
Value stack_callback(VM& vm, CallArgs& a) {
  ExitStackObj* s = self_stack(vm, a, "callback");
  if (a.n < 2) vm.type_error("descriptor 'callback' of 'ExitStack' object needs an argument");
  Ref args = vm.new_tuple(a.args + 2, a.n - 2);
  Ref kwargs = vm.new_dict();
  for (size_t i = 0; i < a.nkw(); ++i) dict_set(vm, kwargs.as<Dict>(), a.kwnames->items[i], a.kwvals[i]);
  push_entry(vm, s, a[1], args.get(), kwargs.get());
  incref(a[1]);
  return a[1];
}

// push(exit): a manager's __exit__ (or any callable with its signature).
Value stack_push(VM& vm, CallArgs& a) {
  ExitStackObj* s = self_stack(vm, a, "push");
  if (a.n != 2) vm.type_error("push() takes exactly one argument");
  Ref method = vm.lookup_type(vm.type_of(a[1]), vm.intern("__exit__"));
  Ref exit = method.is_null() ? Ref::borrow(a[1]) : vm.getattr(a[1], vm.intern("__exit__"));
  push_entry(vm, s, exit.get(), Value::none(), Value::none());
  incref(a[1]);
  return a[1];
}

// pop_all(): a new stack with these callbacks; this one is left empty.
Value pop_all(VM& vm, CallArgs& a) {
  ExitStackObj* s = self_stack(vm, a, "pop_all");
  Ref fresh(make<ExitStackObj>(s->type, s->callbacks));
  Value empty = vm.new_list().release();
  decref(s->callbacks);
  s->callbacks = empty;
  return fresh.release();
}

// Runs the callbacks, newest first, with `original` the exception in flight
// (null: none). For __exit__ it answers whether one of them suppressed it;
// close() answers None.
Task unwind(VM& vm, Ref stack, Ref original, bool from_exit) {
  auto* s = static_cast<ExitStackObj*>(stack.get().as_obj());
  Ref pending = original;
  bool suppressed = false;
  while (!as_list(s->callbacks)->items.empty()) {
    List* cbs = as_list(s->callbacks);
    Ref entry = Ref::steal(cbs->items.back());
    cbs->items.pop_back();
    Tuple* e = as_tuple(entry.get());
    try {
      if (e->items[1].is_none()) {
        Value none = Value::none();
        std::vector<Value> args{pending.is_null() ? none : Value::obj(vm.type_of(pending.get())),
                                pending.is_null() ? none : pending.get(), none};
        Ref r = co_await vm.call(e->items[0], std::move(args));
        if (!pending.is_null() && vm.truthy(r.get())) { suppressed = true; pending = Ref(); }
      } else {
        Tuple* pos = as_tuple(e->items[1]);
        std::vector<Value> args(pos->items, pos->items + pos->size);
        std::vector<Value> names;
        size_t p = 0; Value k, v;
        while (dict_next(as_dict(e->items[2]), &p, &k, &v)) { names.push_back(k); args.push_back(v); }
        Ref kwnames = names.empty() ? Ref() : vm.new_tuple(names.data(), names.size());
        Ref ignored = co_await vm.call_kw(e->items[0], args, kwnames.is_null() ? nullptr : kwnames.as<Tuple>());
      }
    } catch (PyException& err) {
      // A callback's own error replaces the one in flight, which becomes its context.
      auto* eo = static_cast<ExceptionObj*>(err.exc.as_obj());
      if (!pending.is_null() && err.exc != pending.get() && eo->context.is_none()) {
        incref(pending.get());
        decref(eo->context);
        eo->context = pending.get();
      }
      pending = Ref::borrow(err.exc);
      suppressed = false;
    }
  }
  if (!pending.is_null() && pending.get() != original.get()) vm.raise_value(pending.get());
  if (!from_exit) co_return Value::none();
  co_return Value::boolean(!original.is_null() && suppressed);
}

Task stack_exit(VM& vm, CallArgs& a) {
  self_stack(vm, a, "__exit__");
  if (a.n != 4) vm.type_error("__exit__() takes exactly 3 arguments");
  return unwind(vm, Ref::borrow(a[0]), a[2].is_none() ? Ref() : Ref::borrow(a[2]), true);
}

Task stack_close(VM& vm, CallArgs& a) {
  self_stack(vm, a, "close");
  return unwind(vm, Ref::borrow(a[0]), Ref(), false);
}

}  // namespace

void install_exit_stack(VM& vm, Value mod) {
  Type* t = vm.new_builtin_type("ExitStack", Layout::Object, vm.t_object);
  dict_set(vm, t->dict, vm.intern("__module__"), vm.intern("contextlib"));
  add_method(vm, t, "__new__", stack_new);
  add_method(vm, t, "__enter__", stack_enter);
  add_method_co(vm, t, "__exit__", stack_exit);
  add_method_co(vm, t, "enter_context", enter_context);
  add_method(vm, t, "callback", stack_callback);
  add_method(vm, t, "push", stack_push);
  add_method(vm, t, "pop_all", pop_all);
  add_method_co(vm, t, "close", stack_close);
  module_set(vm, mod, "ExitStack", Value::obj(t));
  decref(t);  // the module holds it
}

}  // namespace yl
