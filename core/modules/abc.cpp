// The abc module: ABC and @abstractmethod. A class deriving from ABC cannot
// be instantiated while a method marked abstract is not overridden.
#include <set>
#include "../objects/collections_ops.h"
#include "module.h"

namespace yl {

namespace {

// @abstractmethod: marks the function with __isabstractmethod__ = True.
Value abstractmethod(VM& vm, CallArgs& a) {
  check_args(vm, "abstractmethod", a, 1, 1);
  vm.setattr(a[0], vm.intern("__isabstractmethod__"), Value::boolean(true));
  incref(a[0]);
  return a[0];
}

bool is_abstract(VM& vm, Value v) {
  Value f = v;
  // @property / @staticmethod / @classmethod over an abstract method.
  if (v.is_obj() && (v.as_obj()->type == vm.t_property || v.as_obj()->type == vm.t_staticmethod ||
                     v.as_obj()->type == vm.t_classmethod))
    f = static_cast<Wrapper*>(v.as_obj())->fget;
  if (!f.is_obj() || f.as_obj()->type != vm.t_function) return false;
  Dict* attrs = static_cast<Function*>(f.as_obj())->attrs;
  Value mark = attrs ? dict_get(vm, attrs, vm.intern("__isabstractmethod__")) : Value::null();
  return !mark.is_null() && vm.truthy(mark);
}

}  // namespace

void VM::check_not_abstract(Type* cls) {
  std::set<std::string> names;  // sorted, as CPython lists them
  for (Type* k : cls->mro) {
    if (!k->dict) continue;
    size_t pos = 0; Value key, v;
    while (dict_next(k->dict, &pos, &key, &v)) {
      if (type_of(key) != t_str) continue;
      Ref found = lookup_type(cls, key);  // the definition that wins
      if (!found.is_null() && is_abstract(*this, found.get())) names.insert(as_str(key)->str());
    }
  }
  if (names.empty()) return;
  std::string list;
  for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
  type_error("Can't instantiate abstract class " + cls->name + " with abstract method" +
             (names.size() > 1 ? "s " : " ") + list);
}

Ref make_abc(VM& vm) {
  Ref mod = new_module(vm, "abc");
  Value m = mod.get();
  Type* abc = vm.new_builtin_type("ABC", Layout::Object, vm.t_object);
  abc->abc = true;
  dict_set(vm, abc->dict, vm.intern("__module__"), vm.intern("abc"));
  module_set(vm, m, "ABC", Value::obj(abc));
  decref(abc);  // the module holds it
  module_def(vm, m, "abstractmethod", abstractmethod);
  return mod;
}

}  // namespace yl
