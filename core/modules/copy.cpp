// The copy module: copy (shallow) and deepcopy for the built-in containers,
// the collections types and instances of the program's classes (a new
// object made with cls.__new__(cls), its __dict__ copied over, as CPython's
// reduce protocol does), honouring __copy__ and __deepcopy__(memo). The
// memo is a dict from id(original) to copy, as in CPython, so shared and
// cyclic structure comes out shared and cyclic.
#include "../objects/collections_ops.h"
#include "module.h"
#include "params.h"

namespace yl {

namespace {

// Values copy and deepcopy hand back as they are.
bool is_atomic(VM& vm, Value x) {
  Type* t = vm.type_of(x);
  for (Type* a : {vm.t_none, vm.t_bool, vm.t_int, vm.t_float, vm.t_str, vm.t_range, vm.t_function,
                  vm.t_native, vm.t_type, vm.t_module, vm.t_notimpl, vm.t_ellipsis, vm.t_code, vm.t_property})
    if (t == a) return true;
  return t->is_subtype(vm.t_type);
}

Ref call_method(VM& vm, Value obj, const char* name, std::initializer_list<Value> args) {
  Ref m = vm.getattr(obj, vm.intern(name));
  return vm.call_sync(m.get(), args);
}

// What the reduce protocol refuses: a generator's running frame, an open file.
void check_copyable(VM& vm, Value x) {
  Type* t = vm.type_of(x);
  if (t == vm.t_generator || t->layout == Layout::File)
    vm.type_error("cannot pickle '" + t->name + "' object");
}

// A new, empty instance of x's class, without running __init__; an
// exception is made from its args (passed through `each`), as its reduce does.
template <class F>
Ref blank_instance(VM& vm, Value x, F each) {
  Value cls = Value::obj(vm.type_of(x));
  if (vm.isinstance(x, vm.e_base)) {
    Ref args = vm.getattr(x, vm.intern("args"));
    Ref copied = each(args.get());
    std::vector<Ref> items = vm.collect(copied.get());
    std::vector<Value> vals;
    for (Ref& r : items) vals.push_back(r.get());
    return vm.call_sync(cls, vals.data(), vals.size());
  }
  Ref new_fn = vm.getattr(cls, vm.intern("__new__"));
  return vm.call_sync(new_fn.get(), {cls});
}

Dict* instance_dict(VM& vm, Value obj) {
  Ref d = vm.getattr_opt(obj, vm.intern("__dict__"));
  return !d.is_null() && vm.type_of(d.get()) == vm.t_dict ? as_dict(d.get()) : nullptr;
}

bool has_method(VM& vm, Value x, const char* name) {
  return !vm.lookup_type(vm.type_of(x), vm.intern(name)).is_null();
}

// The method comes with the runtime (list.append, deque.__copy__), not
// from the program's code.
bool has_native_method(VM& vm, Value x, const char* name) {
  Ref m = vm.lookup_type(vm.type_of(x), vm.intern(name));
  return !m.is_null() && vm.type_of(m.get()) == vm.t_native;
}

// Fills `y` (a fresh object of x's type) with x's items and attributes,
// each passed through `each` (identity for copy, deepcopy for deepcopy).
template <class F>
void fill_like(VM& vm, Value x, Value y, F each) {
  if (vm.isinstance(x, vm.t_dict)) {
    for (Ref& k : vm.collect(x)) {
      Ref v = vm.getitem(x, k.get());
      Ref ck = each(k.get());
      Ref cv = each(v.get());
      vm.setitem(y, ck.get(), cv.get());
    }
  } else if (has_native_method(vm, x, "append")) {
    for (Ref& item : vm.collect(x)) call_method(vm, y, "append", {each(item.get()).get()});
  } else if (vm.isinstance(x, vm.t_set)) {
    for (Ref& item : vm.collect(x)) call_method(vm, y, "add", {each(item.get()).get()});
  }
  if (Dict* src = instance_dict(vm, x)) {
    Dict* dst = instance_dict(vm, y);
    if (!dst) return;
    size_t pos = 0; Value k, v;
    std::vector<std::pair<Ref, Ref>> items;  // read first: `each` may run code that changes src
    while (dict_next(src, &pos, &k, &v)) items.emplace_back(Ref::borrow(k), Ref::borrow(v));
    for (auto& [key, val] : items) dict_set(vm, dst, key.get(), each(val.get()).get());
  }
}

Value copy_fn(VM& vm, CallArgs& a) {
  auto p = bind_params(vm, a, {"copy", {"x"}, 1, 1});
  Value x = p[0];
  Type* t = vm.type_of(x);
  if (is_atomic(vm, x) || t == vm.t_tuple || t == vm.t_frozenset) return Ref::borrow(x).release();
  if (has_method(vm, x, "__copy__"))
    return call_method(vm, x, "__copy__", {}).release();
  check_copyable(vm, x);
  // The built-in containers and the collections types copy themselves.
  if (t->builtin && has_method(vm, x, "copy")) return call_method(vm, x, "copy", {}).release();
  if (t->builtin) return Ref::borrow(x).release();
  auto same = [](Value v) { return Ref::borrow(v); };
  Ref y = blank_instance(vm, x, same);
  fill_like(vm, x, y.get(), same);
  return y.release();
}

struct DeepCopier {
  VM& vm;
  Dict* memo;
  Ref keep_alive;  // the originals, in memo[id(memo)] as CPython keeps them

  Ref id_of(Value v) { return vm.from_int64(int64_t(v.is_obj() ? uintptr_t(v.as_obj()) : v.bits() >> 3)); }

  void remember(Value x, Value y) {
    Ref key = id_of(x);
    dict_set(vm, memo, key.get(), y);
    if (keep_alive.is_null()) {
      Ref memo_id = id_of(Value::obj(memo));
      Value found = dict_get(vm, memo, memo_id.get());
      if (found.is_null()) {
        keep_alive = vm.new_list();
        dict_set(vm, memo, memo_id.get(), keep_alive.get());
      } else {
        keep_alive = Ref::borrow(found);
      }
    }
    if (vm.isinstance(keep_alive.get(), vm.t_list)) list_append(keep_alive.as<List>(), x);
  }

  Ref copy(Value x) {
    Ref key = id_of(x);
    if (Value done = dict_get(vm, memo, key.get()); !done.is_null()) return Ref::borrow(done);
    if (is_atomic(vm, x)) return Ref::borrow(x);
    Type* t = vm.type_of(x);
    if (has_method(vm, x, "__deepcopy__")) {
      Ref y = call_method(vm, x, "__deepcopy__", {Value::obj(memo)});
      if (y.get() != x) remember(x, y.get());
      return y;
    }
    check_copyable(vm, x);
    if (t == vm.t_tuple) return copy_tuple(x);
    if (t == vm.t_set || t == vm.t_frozenset) {
      // Like the reduce protocol: the items first, the new set after.
      Ref items = vm.new_list();
      for (Ref& item : vm.collect(x)) list_append(items.as<List>(), copy(item.get()).get());
      Ref y = vm.call_sync(Value::obj(t), {items.get()});
      remember(x, y.get());
      return y;
    }
    Ref y;
    if (t == vm.t_list) y = vm.new_list();
    else if (t == vm.t_dict) y = vm.new_dict();
    else if (has_native_method(vm, x, "__copy__")) {
      // defaultdict, OrderedDict, deque: an empty copy keeps their settings
      // (default_factory, maxlen).
      y = call_method(vm, x, "__copy__", {});
      call_method(vm, y.get(), "clear", {});
    } else if (t->builtin) {
      return Ref::borrow(x);
    } else {
      y = blank_instance(vm, x, [this](Value v) { return copy(v); });
    }
    remember(x, y.get());
    fill_like(vm, x, y.get(), [this](Value v) { return copy(v); });
    return y;
  }

  // A tuple whose items all copy to themselves is its own copy.
  Ref copy_tuple(Value x) {
    Tuple* src = as_tuple(x);
    std::vector<Ref> items;
    bool same = true;
    for (size_t i = 0; i < src->size; ++i) {
      items.push_back(copy(src->items[i]));
      same = same && items.back().get() == src->items[i];
    }
    // A cycle through the tuple may already have made its copy.
    Ref key = id_of(x);
    if (Value done = dict_get(vm, memo, key.get()); !done.is_null()) return Ref::borrow(done);
    if (same) return Ref::borrow(x);
    std::vector<Value> vals;
    for (Ref& r : items) vals.push_back(r.get());
    Ref y = vm.new_tuple(vals.data(), vals.size());
    remember(x, y.get());
    return y;
  }
};

Value deepcopy_fn(VM& vm, CallArgs& a) {
  auto p = bind_params(vm, a, {"deepcopy", {"x", "memo", "_nil"}, 1, 3});
  Ref memo = p[1].is_null() || p[1].is_none() ? vm.new_dict() : Ref::borrow(p[1]);
  if (!vm.isinstance(memo.get(), vm.t_dict)) vm.type_error("memo must be a dict");
  DeepCopier copier{vm, memo.as<Dict>(), Ref()};
  return copier.copy(p[0]).release();
}

}  // namespace

Ref make_copy(VM& vm) {
  Ref mod = new_module(vm, "copy");
  Value m = mod.get();
  module_def(vm, m, "copy", copy_fn);
  module_def(vm, m, "deepcopy", deepcopy_fn);
  return mod;
}

}  // namespace yl
