// The collections module, made of the types defined in collections_*.cpp.
#include "collections.h"
#include "../objects/collections_ops.h"

namespace yl {

Type* new_collections_type(VM& vm, const char* tp_name, const char* short_name, Layout layout, Type* base) {
  Type* t = vm.new_builtin_type(tp_name, layout, base);
  t->builtin = false;
  dict_set(vm, t->dict, vm.intern("__module__"), vm.intern("collections"));
  dict_set(vm, t->dict, vm.intern("__name__"), vm.intern(short_name));
  dict_set(vm, t->dict, vm.intern("__qualname__"), vm.intern(short_name));
  return t;
}

void raise_wrong_self(VM& vm, CallArgs& a, const char* method, const char* tp_name) {
  vm.type_error(std::string("descriptor '") + method + "' for '" + tp_name + "' objects doesn't apply to a '" +
                (a.n ? vm.type_of(a[0])->name : std::string("NoneType")) + "' object");
}

void add_methods(VM& vm, Type* t, std::initializer_list<std::pair<const char*, NativeFn>> fns,
                 std::initializer_list<std::pair<const char*, NativeCo>> tasks) {
  for (auto [name, fn] : fns) add_method(vm, t, name, fn);
  for (auto [name, co] : tasks) add_method_co(vm, t, name, co);
}

std::string short_type_name(Type* t) {
  size_t dot = t->name.rfind('.');
  return dot == std::string::npos ? t->name : t->name.substr(dot + 1);
}

void check_no_args(VM& vm, CallArgs& a, const char* qualname) {
  if (a.nkw()) vm.type_error(std::string(qualname) + "() takes no keyword arguments");
  if (a.n != 1) vm.type_error(std::string(qualname) + "() takes no arguments (" + std::to_string(a.n - 1) + " given)");
}

void check_one_arg(VM& vm, CallArgs& a, const char* qualname) {
  if (a.nkw()) vm.type_error(std::string(qualname) + "() takes no keyword arguments");
  if (a.n != 2) vm.type_error(std::string(qualname) + "() takes exactly one argument (" + std::to_string(a.n - 1) + " given)");
}

std::vector<std::pair<Ref, Ref>> keyword_pairs(CallArgs& a) {
  std::vector<std::pair<Ref, Ref>> kw;
  for (size_t i = 0; i < a.nkw(); ++i) kw.emplace_back(Ref::borrow(a.kwnames->items[i]), Ref::borrow(a.kwvals[i]));
  return kw;
}

bool is_callable(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  return t == vm.t_function || t == vm.t_native || t == vm.t_method || t->is_subtype(vm.t_type) ||
         !vm.lookup_type(t, vm.intern("__call__")).is_null();
}

Value dict_union(VM& vm, Value self, Value other, bool reflected, Value factory) {
  if (!vm.isinstance(other, vm.t_dict)) return Ref::borrow(vm.not_implemented).release();
  Value first = reflected ? other : self;
  Value cls = Value::obj(vm.type_of(self));
  Ref out = factory.is_null() ? vm.call_sync(cls, {first}) : vm.call_sync(cls, {factory, first});
  Ref update = vm.getattr(out.get(), vm.intern("update"));
  vm.call_sync(update.get(), {reflected ? self : other});
  return out.release();
}

Ref make_collections(VM& vm) {
  Ref mod = new_module(vm, "collections");
  add_deque(vm, mod.get());
  add_defaultdict(vm, mod.get());
  add_counter(vm, mod.get());
  add_namedtuple(vm, mod.get());
  add_ordereddict(vm, mod.get());
  // CPython's collections imports collections.abc, so collections.abc.X
  // works after a plain `import collections`.
  module_set(vm, mod.get(), "abc", vm.import_module("collections.abc").get());
  return mod;
}

}  // namespace yl
