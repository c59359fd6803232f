// The TypeErrors of unpacking into a call or a display: f(*5), [*5],
// f(**[1]), {**5}. In a call CPython names the function the way
// _PyObject_FunctionStr does: "__main__.f()", "print()", "__main__.C.m()".
#include "builtin_dunders.h"
#include "objects/collections_ops.h"
#include "vm.h"

namespace yl {

namespace {

std::string qualified(VM& vm, Value module, const std::string& qualname) {
  std::string m = module.is_null() || module.is_none() ? "" : vm.str_s(module);
  return (m.empty() || m == "builtins" ? qualname : m + "." + qualname) + "()";
}

std::string function_str(VM& vm, Value f) {
  Type* t = vm.type_of(f);
  switch (t->layout) {
    case Layout::BoundMethod: return function_str(vm, static_cast<BoundMethod*>(f.as_obj())->func);
    case Layout::Function: {
      auto* fn = static_cast<Function*>(f.as_obj());
      return qualified(vm, fn->module, vm.str_s(fn->qualname));
    }
    case Layout::Native: return std::string(static_cast<NativeFunction*>(f.as_obj())->name) + "()";
    case Layout::Type: {
      auto* cls = static_cast<Type*>(f.as_obj());
      Value mod = dict_get(vm, cls->dict, vm.intern("__module__"));
      Value qn = dict_get(vm, cls->dict, vm.intern("__qualname__"));
      if (cls->builtin && mod.is_null()) return cls->name + "()";
      return qualified(vm, mod.is_null() ? vm.intern("__main__") : mod, qn.is_null() ? cls->name : vm.str_s(qn));
    }
    default: return t->name + " object";
  }
}

bool iterable_type(VM& vm, Type* t) {
  if (!vm.lookup_type(t, vm.intern("__iter__")).is_null() || !vm.lookup_type(t, vm.intern("__getitem__")).is_null())
    return true;
  for (Type* k : t->mro)
    if (k->builtin) return builtin_has_dunder(vm, k, "__iter__");
  return false;
}

}  // namespace

void VM::check_star_operand(Value x, Value func) {
  Type* t = type_of(x);
  if (iterable_type(*this, t)) return;
  if (func.is_null()) type_error("Value after * must be an iterable, not " + t->name);
  type_error(function_str(*this, func) + " argument after * must be an iterable, not " + t->name);
}

void VM::check_double_star_operand(Value x, Value func) {
  Type* t = type_of(x);
  if (t->layout == Layout::Dict || !lookup_type(t, intern("keys")).is_null()) return;
  if (func.is_null()) type_error("'" + t->name + "' object is not a mapping");
  type_error(function_str(*this, func) + " argument after ** must be a mapping, not " + t->name);
}

}  // namespace yl
