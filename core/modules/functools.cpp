// The functools module: reduce, partial, update_wrapper and wraps here;
// lru_cache and cache in functools_lru.cpp, total_ordering and cmp_to_key in
// functools_ordering.cpp, cached_property in functools_cached_property.cpp.
// reduce and calling a partial run the Python functions they call through
// the frame stack (co_await), so the VM can pause or step inside them.
#include "../objects/collections_ops.h"
#include "c_args.h"
#include "collections.h"  // is_callable
#include "functools_parts.h"
#include "params.h"

namespace yl {

CallArgs after_self(CallArgs& a) {
  CallArgs rest = a;
  rest.args = a.args + 1;
  rest.n = a.n - 1;
  return rest;
}

namespace {

Ref names_tuple(VM& vm, std::initializer_list<const char*> names) {
  std::vector<Value> v;
  for (const char* n : names) v.push_back(vm.intern(n));
  return vm.new_tuple(v.data(), v.size());
}
Ref default_assigned(VM& vm) {
  return names_tuple(vm, {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"});
}
Ref default_updated(VM& vm) { return names_tuple(vm, {"__dict__"}); }

// getattr(o, name) with AttributeError meaning "not there".
Ref attr_or_null(VM& vm, Value o, Value name) {
  try { return vm.getattr_opt(o, name); }
  catch (PyException& e) { if (!vm.isinstance(e.exc, vm.e_attribute)) throw; return Ref(); }
}

void update_wrapper_with(VM& vm, Value wrapper, Value wrapped, Value assigned, Value updated) {
  for (Ref& name : vm.collect(assigned)) {
    Ref v = attr_or_null(vm, wrapped, name.get());
    if (!v.is_null()) vm.setattr(wrapper, name.get(), v.get());
  }
  for (Ref& name : vm.collect(updated)) {
    Ref target = vm.getattr(wrapper, name.get());
    Ref source = attr_or_null(vm, wrapped, name.get());
    if (source.is_null()) continue;
    Ref update = vm.getattr(target.get(), vm.intern("update"));
    vm.call_sync(update.get(), {source.get()});
  }
  vm.setattr(wrapper, vm.intern("__wrapped__"), wrapped);
}

// ---- reduce(function, iterable[, initial]) ----
std::vector<Value> args2(Value a, Value b) { std::vector<Value> v(1, a); v.push_back(b); return v; }

Task reduce_fn(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 0, "reduce", 2, 3);
  Ref f = Ref::borrow(a[0]);
  Ref acc = a.n == 3 ? Ref::borrow(a[2]) : Ref();
  Ref it;
  try {
    it = vm.get_iter(a[1]);
  } catch (PyException& e) {
    if (!vm.isinstance(e.exc, vm.e_type)) throw;
    vm.type_error("reduce() arg 2 must support iteration");
  }
  for (;;) {
    Ref x = co_await vm.next(it.get());
    if (x.is_null()) break;
    if (acc.is_null()) acc = std::move(x);
    else acc = co_await vm.call(f.get(), args2(acc.get(), x.get()));
  }
  if (acc.is_null()) vm.type_error("reduce() of empty iterable with no initial value");
  co_return acc.release();
}

// ---- partial(func, /, *args, **keywords) ----
struct PartialObj : Object {
  Value func, args, keywords;  // owned: a callable, a tuple, a dict
  PartialObj(Type* t, Value f, Value a, Value k) : Object(t), func(f), args(a), keywords(k) {
    incref(f); incref(a); incref(k);
  }
  ~PartialObj() override { decref(func); decref(args); decref(keywords); }
  void traverse(Visitor& v) override { v.visit(func); v.visit(args); v.visit(keywords); }
  void clear() override {
    Value f = func, a = args, k = keywords;
    func = args = keywords = Value::none();
    decref(f); decref(a); decref(k);
  }
};

PartialObj* self_partial(VM& vm, CallArgs& a, const char* what) {
  PartialObj* p = a.n && a[0].is_obj() ? dynamic_cast<PartialObj*>(a[0].as_obj()) : nullptr;
  if (!p) vm.type_error(std::string("descriptor '") + what + "' requires a 'functools.partial' object");
  return p;
}

Ref new_partial(VM& vm, Type* t, Value func, const Value* args, size_t n, Dict* kw_base, CallArgs* kw_extra) {
  Ref kw = vm.new_dict();
  size_t pos = 0; Value k, v;
  if (kw_base) while (dict_next(kw_base, &pos, &k, &v)) dict_set(vm, kw.as<Dict>(), k, v);
  if (kw_extra)
    for (size_t i = 0; i < kw_extra->nkw(); ++i) dict_set(vm, kw.as<Dict>(), kw_extra->kwnames->items[i], kw_extra->kwvals[i]);
  Ref tuple = vm.new_tuple(args, n);
  return Ref(make<PartialObj>(t, func, tuple.get(), kw.get()));
}

Value partial_new(VM& vm, CallArgs& a) {
  auto* cls = static_cast<Type*>(a[0].as_obj());
  if (a.n < 2) vm.type_error("type 'partial' takes at least one argument");
  Value func = a[1];
  if (!is_callable(vm, func)) vm.type_error("the first argument must be callable");
  std::vector<Value> args;
  Dict* base_kw = nullptr;
  // partial(partial(f, 1), 2) is partial(f, 1, 2), keywords merged.
  if (auto* inner = dynamic_cast<PartialObj*>(func.is_obj() ? func.as_obj() : nullptr); inner && inner->type == cls) {
    Tuple* t = as_tuple(inner->args);
    args.assign(t->items, t->items + t->size);
    base_kw = as_dict(inner->keywords);
    func = inner->func;
  }
  args.insert(args.end(), a.args + 2, a.args + a.n);
  return new_partial(vm, cls, func, args.data(), args.size(), base_kw, &a).release();
}

Task partial_call(VM& vm, CallArgs& a) {
  PartialObj* p = self_partial(vm, a, "__call__");
  Ref keep = Ref::borrow(a[0]);
  Tuple* stored = as_tuple(p->args);
  // The keywords: the stored ones, then the call's (which win).
  Ref kw = vm.new_dict();
  size_t pos = 0; Value k, v;
  while (dict_next(as_dict(p->keywords), &pos, &k, &v)) dict_set(vm, kw.as<Dict>(), k, v);
  for (size_t i = 0; i < a.nkw(); ++i) dict_set(vm, kw.as<Dict>(), a.kwnames->items[i], a.kwvals[i]);
  std::vector<Value> flat(stored->items, stored->items + stored->size);
  flat.insert(flat.end(), a.args + 1, a.args + a.n);
  std::vector<Value> names;
  pos = 0;
  while (dict_next(kw.as<Dict>(), &pos, &k, &v)) { names.push_back(k); flat.push_back(v); }
  // Owned copies: the caller's argument slots may not outlive the call.
  Ref values = vm.new_tuple(flat.data(), flat.size());
  Ref kwnames = names.empty() ? Ref() : vm.new_tuple(names.data(), names.size());
  Ref func = Ref::borrow(p->func);
  Tuple* vt = values.as<Tuple>();
  CallKwAwait call{{vm, func.get(), std::vector<Value>(vt->items, vt->items + vt->size)},
                   kwnames.is_null() ? nullptr : kwnames.as<Tuple>()};
  Ref r = co_await call;
  co_return r.release();
}

Value partial_repr(VM& vm, CallArgs& a) {
  PartialObj* p = self_partial(vm, a, "__repr__");
  std::string s = "functools.partial(" + vm.repr_s(p->func);
  Tuple* t = as_tuple(p->args);
  for (size_t i = 0; i < t->size; ++i) s += ", " + vm.repr_s(t->items[i]);
  size_t pos = 0; Value k, v;
  while (dict_next(as_dict(p->keywords), &pos, &k, &v)) s += ", " + vm.str_s(k) + "=" + vm.repr_s(v);
  return vm.str(s + ")").release();
}

Value partial_func(VM& vm, CallArgs& a) { return Ref::borrow(self_partial(vm, a, "func")->func).release(); }
Value partial_args(VM& vm, CallArgs& a) { return Ref::borrow(self_partial(vm, a, "args")->args).release(); }
Value partial_keywords(VM& vm, CallArgs& a) { return Ref::borrow(self_partial(vm, a, "keywords")->keywords).release(); }

// ---- update_wrapper, wraps ----
Value update_wrapper_fn(VM& vm, CallArgs& a) {
  auto p = bind_params(vm, a, {"update_wrapper", {"wrapper", "wrapped", "assigned", "updated"}, 2, 4});
  Ref assigned = p[2].is_null() ? default_assigned(vm) : Ref::borrow(p[2]);
  Ref updated = p[3].is_null() ? default_updated(vm) : Ref::borrow(p[3]);
  update_wrapper_with(vm, p[0], p[1], assigned.get(), updated.get());
  return Ref::borrow(p[0]).release();
}

// wraps(wrapped) is partial(update_wrapper, wrapped=..., assigned=..., updated=...),
// as in CPython. Bound self: (partial type, update_wrapper).
Value wraps_fn(VM& vm, CallArgs& a) {
  Tuple* bound = as_tuple(a[0]);
  CallArgs rest = after_self(a);
  auto p = bind_params(vm, rest, {"wraps", {"wrapped", "assigned", "updated"}, 1, 3});
  Ref kw = vm.new_dict();
  Dict* d = kw.as<Dict>();
  dict_set(vm, d, vm.intern("wrapped"), p[0]);
  dict_set(vm, d, vm.intern("assigned"), p[1].is_null() ? default_assigned(vm).get() : p[1]);
  dict_set(vm, d, vm.intern("updated"), p[2].is_null() ? default_updated(vm).get() : p[2]);
  return new_partial(vm, static_cast<Type*>(bound->items[0].as_obj()), bound->items[1], nullptr, 0, d, nullptr).release();
}

}  // namespace

void update_wrapper(VM& vm, Value wrapper, Value wrapped) {
  update_wrapper_with(vm, wrapper, wrapped, default_assigned(vm).get(), default_updated(vm).get());
}

Ref make_functools(VM& vm) {
  Ref mod = new_module(vm, "functools");
  Value m = mod.get();
  module_def_co(vm, m, "reduce", reduce_fn);

  Type* partial = vm.new_builtin_type("partial", Layout::Object, vm.t_object);
  Ref partial_ref(partial);
  dict_set(vm, partial->dict, vm.intern("__module__"), vm.intern("functools"));
  add_method(vm, partial, "__new__", partial_new);
  add_method_co(vm, partial, "__call__", partial_call);
  add_method(vm, partial, "__repr__", partial_repr);
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"func", partial_func}, {"args", partial_args}, {"keywords", partial_keywords}}) {
    Ref getter = vm.new_native(name, fn, "partial");
    Ref prop(make<Wrapper>(vm.t_property, getter.get()));
    dict_set(vm, partial->dict, vm.intern(name), prop.get());
  }
  module_set(vm, m, "partial", Value::obj(partial));

  Ref updater = vm.new_native("update_wrapper", update_wrapper_fn);
  module_set(vm, m, "update_wrapper", updater.get());
  Value bound[2] = {Value::obj(partial), updater.get()};
  Ref wraps = vm.new_native("wraps", wraps_fn);
  wraps.as<NativeFunction>()->self = vm.new_tuple(bound, 2).release();
  module_set(vm, m, "wraps", wraps.get());
  module_set(vm, m, "WRAPPER_ASSIGNMENTS", default_assigned(vm).get());
  module_set(vm, m, "WRAPPER_UPDATES", default_updated(vm).get());
  install_functools_lru(vm, m);
  install_functools_ordering(vm, m);
  install_functools_cached_property(vm, m);
  return mod;
}

}  // namespace yl
