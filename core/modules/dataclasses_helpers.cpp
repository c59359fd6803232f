// fields(), asdict(), astuple(), replace() and is_dataclass(): they read
// the __dataclass_fields__ dict @dataclass leaves on the class.
#include "../objects/collections_ops.h"
#include "dataclasses.h"
#include "functools_parts.h"
#include "params.h"

namespace yl {

namespace {

// The fields dict of a dataclass or of an instance of one; null otherwise.
Value fields_dict(VM& vm, Value obj) {
  Type* t = vm.type_of(obj);
  if (t->is_subtype(vm.t_type)) t = static_cast<Type*>(obj.as_obj());
  Ref f = vm.lookup_type(t, vm.intern("__dataclass_fields__"));
  return f.is_null() ? Value::null() : f.get();  // alive in the class dict
}

bool is_instance(VM& vm, Value obj) {
  return !vm.type_of(obj)->is_subtype(vm.t_type) && !fields_dict(vm, obj).is_null();
}

Value is_dataclass(VM& vm, CallArgs& a) {
  auto p = bind_params(vm, a, {"is_dataclass", {"obj"}, 1, 1});
  return Value::boolean(!fields_dict(vm, p[0]).is_null());
}

Value fields(VM& vm, CallArgs& a) {
  auto p = bind_params(vm, a, {"fields", {"class_or_instance"}, 1, 1});
  Value d = fields_dict(vm, p[0]);
  if (d.is_null()) vm.type_error("must be called with a dataclass type or instance");
  std::vector<Value> items;
  size_t pos = 0; Value k, v;
  while (dict_next(as_dict(d), &pos, &k, &v)) items.push_back(v);
  return vm.new_tuple(items.data(), items.size()).release();
}

// asdict/astuple's copy of one value: dataclasses become dicts (or tuples),
// lists, tuples and dicts are rebuilt around copies of their items, and
// anything else is deep-copied.
Ref inner_copy(VM& vm, Value v, bool as_dict_, Value dict_factory) {
  Type* t = vm.type_of(v);
  if (is_instance(vm, v)) {
    Ref pairs = vm.new_list();
    size_t pos = 0; Value k, f;
    while (dict_next(as_dict(fields_dict(vm, v)), &pos, &k, &f)) {
      Ref value = inner_copy(vm, vm.getattr(v, k).get(), as_dict_, dict_factory);
      if (as_dict_) {
        Value kv[2] = {k, value.get()};
        list_append(pairs.as<List>(), vm.new_tuple(kv, 2).get());
      } else {
        list_append(pairs.as<List>(), value.get());
      }
    }
    if (!as_dict_) return vm.new_tuple(as_list(pairs.get())->items.data(), as_list(pairs.get())->items.size());
    Value arg = pairs.get();
    return vm.call_sync(dict_factory, &arg, 1);
  }
  if (t->layout == Layout::List || t->layout == Layout::Tuple) {
    Ref items = vm.new_list();
    for (Ref& x : vm.collect(v)) list_append(items.as<List>(), inner_copy(vm, x.get(), as_dict_, dict_factory).get());
    if (t == vm.t_list) return items;
    if (t == vm.t_tuple) return vm.new_tuple(as_list(items.get())->items.data(), as_list(items.get())->items.size());
    // A namedtuple takes its items as arguments; other subclasses one iterable.
    if (!vm.lookup_type(t, vm.intern("_fields")).is_null())
      return vm.call_sync(Value::obj(t), as_list(items.get())->items.data(), as_list(items.get())->items.size());
    Value arg = items.get();
    return vm.call_sync(Value::obj(t), &arg, 1);
  }
  if (t->layout == Layout::Dict) {
    Ref d = t == vm.t_dict ? vm.new_dict() : vm.call_sync(Value::obj(t), {});
    size_t pos = 0; Value k, x;
    while (dict_next(as_dict(v), &pos, &k, &x))
      vm.setitem(d.get(), inner_copy(vm, k, as_dict_, dict_factory).get(), inner_copy(vm, x, as_dict_, dict_factory).get());
    return d;
  }
  switch (t->layout) {
    case Layout::None: case Layout::Bool: case Layout::Int: case Layout::Float: case Layout::Str: return Ref::borrow(v);
    default: break;
  }
  Ref copy = vm.import_module("copy");
  Ref deepcopy = vm.getattr(copy.get(), vm.intern("deepcopy"));
  return vm.call_sync(deepcopy.get(), {v});
}

Value asdict(VM& vm, CallArgs& a) {
  auto p = bind_params(vm, a, {"asdict", {"obj", "dict_factory"}, 1, 1});
  if (!is_instance(vm, p[0])) vm.type_error("asdict() should be called on dataclass instances");
  Value factory = p[1].is_null() ? Value::obj(vm.t_dict) : p[1];
  return inner_copy(vm, p[0], true, factory).release();
}

Value astuple(VM& vm, CallArgs& a) {
  auto p = bind_params(vm, a, {"astuple", {"obj", "tuple_factory"}, 1, 1});
  if (!is_instance(vm, p[0])) vm.type_error("astuple() should be called on dataclass instances");
  Ref t = inner_copy(vm, p[0], false, Value::null());
  if (p[1].is_null()) return t.release();
  Value arg = t.get();
  return vm.call_sync(p[1], &arg, 1).release();
}

// replace(obj, /, **changes): a new instance made by the class's __init__
// from the changes and the other init fields' current values.
Task replace(VM& vm, CallArgs& a) {
  if (a.n != 1) vm.type_error("replace() takes 1 positional argument but " + std::to_string(a.n) + " were given");
  Ref obj = Ref::borrow(a[0]);
  if (!is_instance(vm, obj.get())) vm.type_error("replace() should be called on dataclass instances");
  std::vector<Ref> held;
  std::vector<Value> names, values;
  for (size_t k = 0; k < a.nkw(); ++k) {
    names.push_back(a.kwnames->items[k]);
    held.push_back(Ref::borrow(a.kwvals[k]));
    values.push_back(a.kwvals[k]);
  }
  size_t pos = 0; Value k, f;
  while (dict_next(as_dict(fields_dict(vm, obj.get())), &pos, &k, &f)) {
    bool changed = false;
    for (Value n : names) changed = changed || vm.eq(n, k);
    Ref init = vm.getattr(f, vm.intern("init"));
    if (!vm.truthy(init.get())) {
      if (changed) vm.raise(vm.e_value, "field " + vm.str_s(k) + " is declared with init=False, it cannot be specified with replace()");
      continue;
    }
    if (changed) continue;
    names.push_back(k);
    held.push_back(vm.getattr(obj.get(), k));
    values.push_back(held.back().get());
  }
  Ref kwnames = vm.new_tuple(names.data(), names.size());
  Ref cls = Ref::borrow(Value::obj(vm.type_of(obj.get())));
  Ref r = co_await vm.call_kw(cls.get(), values, kwnames.as<Tuple>());
  co_return r.release();
}

}  // namespace

void install_dataclass_helpers(VM& vm, Value mod) {
  module_def(vm, mod, "is_dataclass", is_dataclass);
  module_def(vm, mod, "fields", fields);
  module_def(vm, mod, "asdict", asdict);
  module_def(vm, mod, "astuple", astuple);
  module_def_co(vm, mod, "replace", replace);
}

}  // namespace yl
