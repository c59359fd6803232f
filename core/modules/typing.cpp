// The typing module, for annotations: the generic aliases (Iterator,
// Generator, List, Dict ...), the special forms (Any, Union, Optional,
// Callable ...), TypeVar and cast. Subscripting and printing them works as in
// CPython; the unsubscripted aliases work with isinstance. objects/alias.h
// has the alias objects themselves.
#include <algorithm>
#include "../objects/alias.h"
#include "../objects/collections_ops.h"
#include "module.h"

namespace yl {

namespace {

void alias(VM& vm, Value mod, const char* name, Value origin, int nparams) {
  Ref a(make<Alias>(vm.t_typing_alias, Alias::Typing, name, origin, Value::null()));
  a.as<Alias>()->nparams = nparams;
  module_set(vm, mod, name, a.get());
}

Value class_in(VM& vm, const char* module, const char* name) {
  Ref m = vm.import_module(module);
  return dict_get(vm, static_cast<Module*>(m.get().as_obj())->dict, vm.intern(name));
}

// TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False):
// only the name matters here.
Value type_var(VM& vm, CallArgs& a) {
  if (a.n < 1 || !(a[0].is_obj() && a[0].as_obj()->type == vm.t_str)) vm.type_error("TypeVar() needs a name");
  return Value::obj(make<Alias>(vm.t_typing_alias, Alias::TypeVar, vm.str_s(a[0]), Value::none(), Value::null()));
}

// @runtime_checkable, @final, @overload, @no_type_check: markers for type
// checkers, which change nothing at run time here.
Value marker(VM& vm, CallArgs& a) {
  check_args(vm, "decorator", a, 1, 1);
  incref(a[0]);
  return a[0];
}

Value cast(VM& vm, CallArgs& a) {
  check_args(vm, "cast", a, 2, 2);
  incref(a[1]);
  return a[1];
}

}  // namespace

Ref typed_namedtuple(VM& vm, const std::string& name, Dict* ns) {
  Value ann = dict_get(vm, ns, vm.intern("__annotations__"));
  std::vector<Value> fields, defaults;
  std::string default_names;
  size_t pos = 0; Value k, v;
  if (!ann.is_null() && vm.type_of(ann)->layout == Layout::Dict)
    while (dict_next(as_dict(ann), &pos, &k, &v)) {
      fields.push_back(k);
      Value d = dict_get(vm, ns, k);
      if (!d.is_null()) {
        defaults.push_back(d);
        default_names += (default_names.empty() ? "" : ", ") + vm.str_s(k);
      } else if (!defaults.empty()) {
        vm.type_error("Non-default namedtuple field " + vm.str_s(k) + " cannot follow default field" +
                      (defaults.size() > 1 ? "s " : " ") + default_names);
      }
    }
  Ref collections = vm.import_module("collections");
  Ref make = vm.getattr(collections.get(), vm.intern("namedtuple"));
  Ref field_list = vm.new_list();
  for (Value f : fields) list_append(field_list.as<List>(), f);
  Ref default_tuple = vm.new_tuple(defaults.data(), defaults.size());
  Ref type_name = vm.str(name);
  Value kw_name = vm.intern("defaults");
  Ref kwnames = vm.new_tuple(&kw_name, 1);
  Value args[3] = {type_name.get(), field_list.get(), default_tuple.get()};
  Ref cls = vm.call_sync(make.get(), args, 2, kwnames.as<Tuple>());
  // The body's methods, docstring and names join the class; its fields'
  // defaults are already the namedtuple's.
  Dict* target = static_cast<Type*>(cls.get().as_obj())->dict;
  pos = 0;
  while (dict_next(ns, &pos, &k, &v)) {
    if (std::find(fields.begin(), fields.end(), k) != fields.end()) continue;
    if (vm.str_s(k) == "__doc__" && v.is_none()) continue;
    dict_set(vm, target, k, v);
  }
  return cls;
}

Ref make_typing(VM& vm) {
  Ref mod = new_module(vm, "typing");
  Value m = mod.get();
  struct Generic { const char* name; const char* module; const char* cls; int nparams; };
  for (const Generic& g : std::initializer_list<Generic>{
           {"Iterator", "collections.abc", "Iterator", 1}, {"Iterable", "collections.abc", "Iterable", 1},
           {"Generator", "collections.abc", "Generator", 3}, {"Reversible", "collections.abc", "Reversible", 1},
           {"Container", "collections.abc", "Container", 1}, {"Collection", "collections.abc", "Collection", 1},
           {"Sequence", "collections.abc", "Sequence", 1}, {"MutableSequence", "collections.abc", "MutableSequence", 1},
           {"Mapping", "collections.abc", "Mapping", 2}, {"MutableMapping", "collections.abc", "MutableMapping", 2},
           {"AbstractSet", "collections.abc", "Set", 1}, {"MutableSet", "collections.abc", "MutableSet", 1},
           {"Hashable", "collections.abc", "Hashable", 0}, {"Sized", "collections.abc", "Sized", 0},
           {"Callable", "collections.abc", "Callable", -1}, {"Deque", "collections", "deque", 1},
           {"DefaultDict", "collections", "defaultdict", 2}, {"OrderedDict", "collections", "OrderedDict", 2},
           {"Counter", "collections", "Counter", 1}})
    alias(vm, m, g.name, class_in(vm, g.module, g.cls), g.nparams);
  alias(vm, m, "List", Value::obj(vm.t_list), 1);
  alias(vm, m, "Dict", Value::obj(vm.t_dict), 2);
  alias(vm, m, "Set", Value::obj(vm.t_set), 1);
  alias(vm, m, "FrozenSet", Value::obj(vm.t_frozenset), 1);
  alias(vm, m, "Tuple", Value::obj(vm.t_tuple), -1);
  alias(vm, m, "Type", Value::obj(vm.t_type), 1);
  for (const char* form : {"Any", "Union", "Optional", "Literal", "ClassVar", "Final", "NoReturn", "Generic", "Protocol",
                           "NamedTuple"})
    alias(vm, m, form, Value::none(), -1);
  module_set(vm, m, "Text", Value::obj(vm.t_str));
  module_set(vm, m, "TYPE_CHECKING", Value::boolean(false));
  module_def(vm, m, "TypeVar", type_var);
  module_def(vm, m, "cast", cast);
  for (const char* name : {"runtime_checkable", "final", "overload", "no_type_check"}) module_def(vm, m, name, marker);
  return mod;
}

}  // namespace yl
