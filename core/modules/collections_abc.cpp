// collections.abc: the abstract base classes programs test values against
// (isinstance(g, Iterator)) and subclass (class Countdown(Iterator) gets
// __iter__ for free). As in CPython, the one-trick ABCs (Iterable, Iterator,
// Generator, Sized, Container, Callable, Hashable, Reversible, Collection)
// recognise any class by the methods it has, while Sequence, Mapping and Set
// know only their subclasses and the built-in types registered with them.
#include "../builtin_dunders.h"
#include "../objects/collections_ops.h"
#include "module.h"

namespace yl {

namespace {

// Whether instances of `t` have the method `name`: a class attribute that is
// not None, else what the built-in type behind `t` provides.
bool has_method(VM& vm, Type* t, std::string_view name) {
  Ref m = vm.lookup_type(t, vm.intern(name));
  if (!m.is_null()) return !m.get().is_none();
  for (Type* k : t->mro)
    if (k->builtin) return builtin_has_dunder(vm, k, name);
  return false;
}

bool has_all(VM& vm, Type* t, std::initializer_list<std::string_view> names) {
  for (auto n : names) if (!has_method(vm, t, n)) return false;
  return true;
}

bool hook_iterable(VM& vm, Type* t) { return has_method(vm, t, "__iter__"); }
bool hook_iterator(VM& vm, Type* t) { return has_all(vm, t, {"__iter__", "__next__"}); }
bool hook_generator(VM& vm, Type* t) { return has_all(vm, t, {"__iter__", "__next__", "send", "throw", "close"}); }
bool hook_sized(VM& vm, Type* t) { return has_method(vm, t, "__len__"); }
bool hook_container(VM& vm, Type* t) { return has_method(vm, t, "__contains__"); }
bool hook_collection(VM& vm, Type* t) { return has_all(vm, t, {"__len__", "__iter__", "__contains__"}); }
bool hook_callable(VM& vm, Type* t) { return has_method(vm, t, "__call__"); }
bool hook_hashable(VM& vm, Type* t) { return has_method(vm, t, "__hash__"); }
// The built-in types registered with the ABCs that have no structural hook.
bool hook_sequence(VM& vm, Type* t) {
  return t->is_subtype(vm.t_list) || t->is_subtype(vm.t_tuple) || t->is_subtype(vm.t_str) || t->is_subtype(vm.t_range);
}
// Registering tuple and str with Sequence makes them Reversible too.
bool hook_reversible(VM& vm, Type* t) { return has_all(vm, t, {"__reversed__", "__iter__"}) || hook_sequence(vm, t); }
bool hook_mutable_sequence(VM& vm, Type* t) { return t->is_subtype(vm.t_list); }
bool hook_mapping(VM& vm, Type* t) { return t->is_subtype(vm.t_dict); }
bool hook_set(VM& vm, Type* t) {
  Type* view = dict_view_kind(vm, t);
  return t->is_subtype(vm.t_set) || t->is_subtype(vm.t_frozenset) || (view && view != vm.t_dict_values);
}
bool hook_mutable_set(VM& vm, Type* t) { return t->is_subtype(vm.t_set); }

// Mixin methods: Iterator.__iter__ returns the iterator, Generator.__next__
// sends None.
Value iterator_iter(VM&, CallArgs& a) { incref(a[0]); return a[0]; }
Task generator_next(VM& vm, CallArgs& a) {
  Ref send = vm.getattr(a[0], vm.intern("send"));
  Ref r = co_await vm.call(send.get(), std::vector<Value>(1, Value::none()));
  co_return r.release();
}

Type* abc(VM& vm, Value mod, const char* name, Type* base, bool (*hook)(VM&, Type*)) {
  Type* t = vm.new_builtin_type(name, Layout::Object, base ? base : vm.t_object);
  t->subclass_hook = hook;
  dict_set(vm, t->dict, vm.intern("__module__"), vm.intern("collections.abc"));
  module_set(vm, mod, name, Value::obj(t));
  decref(t);  // the module holds it
  return t;
}

}  // namespace

Ref make_collections_abc(VM& vm) {
  Ref mod = new_module(vm, "collections.abc");
  Value m = mod.get();
  abc(vm, m, "Hashable", nullptr, hook_hashable);
  Type* iterable = abc(vm, m, "Iterable", nullptr, hook_iterable);
  Type* iterator = abc(vm, m, "Iterator", iterable, hook_iterator);
  add_method(vm, iterator, "__iter__", iterator_iter);
  Type* generator = abc(vm, m, "Generator", iterator, hook_generator);
  Ref next = vm.new_native_co("__next__", generator_next, "Generator");
  dict_set(vm, generator->dict, vm.intern("__next__"), next.get());
  Type* reversible = abc(vm, m, "Reversible", iterable, hook_reversible);
  Type* sized = abc(vm, m, "Sized", nullptr, hook_sized);
  abc(vm, m, "Container", nullptr, hook_container);
  Type* collection = abc(vm, m, "Collection", sized, hook_collection);
  abc(vm, m, "Callable", nullptr, hook_callable);
  // Sequence's other bases (Collection) cannot be in a single-inheritance MRO.
  Type* sequence = abc(vm, m, "Sequence", reversible, hook_sequence);
  abc(vm, m, "MutableSequence", sequence, hook_mutable_sequence);
  Type* set = abc(vm, m, "Set", collection, hook_set);
  abc(vm, m, "MutableSet", set, hook_mutable_set);
  Type* mapping = abc(vm, m, "Mapping", collection, hook_mapping);
  abc(vm, m, "MutableMapping", mapping, hook_mapping);
  return mod;
}

}  // namespace yl
