#include "class_slots.h"
#include <algorithm>
#include "objects/collections_ops.h"

namespace yl {

namespace {

// The names one class's __slots__ lists: a string is one name.
std::vector<std::string> own_slots(VM& vm, Value slots) {
  std::vector<std::string> names;
  if (vm.type_of(slots)->layout == Layout::Str) {
    names.push_back(as_str(slots)->str());
    return names;
  }
  for (Ref& item : vm.collect(slots)) {
    if (vm.type_of(item.get())->layout != Layout::Str)
      vm.type_error("__slots__ items must be strings, not '" + vm.type_of(item.get())->name + "'");
    names.push_back(as_str(item.get())->str());
  }
  return names;
}

}  // namespace

void apply_slots(VM& vm, Type* t) {
  Value key = vm.intern("__slots__");
  // A built-in base (Exception, dict) or a class without __slots__ gives the
  // instances a __dict__; slot names are still not part of it.
  bool dict_less = true;
  std::vector<std::string> all;
  for (Type* k : t->mro) {
    if (k == vm.t_object) break;
    Value theirs = k->builtin || !k->dict ? Value::null() : dict_get(vm, k->dict, key);
    if (theirs.is_null()) { dict_less = false; continue; }
    for (std::string& n : own_slots(vm, theirs)) {
      if (n == "__dict__") { dict_less = false; continue; }
      if (k == t && n != "__weakref__" && !dict_get(vm, t->dict, vm.intern(n)).is_null())
        vm.raise(vm.e_value, "'" + n + "' in __slots__ conflicts with class variable");
      all.push_back(std::move(n));
    }
  }
  t->slots_only = dict_less;
  t->slot_names = std::move(all);
}

bool has_slot(const Type* t, std::string_view name) {
  return std::find(t->slot_names.begin(), t->slot_names.end(), name) != t->slot_names.end();
}

Ref instance_dict(VM& vm, Type* t, Dict* attrs) {
  if (t->slot_names.empty()) return Ref::borrow(Value::obj(attrs));
  Ref copy = vm.new_dict();
  size_t pos = 0; Value k, v;
  while (dict_next(attrs, &pos, &k, &v))
    if (!has_slot(t, as_str(k)->view())) dict_set(vm, copy.as<Dict>(), k, v);
  return copy;
}

}  // namespace yl
