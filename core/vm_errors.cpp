// NameError and AttributeError with the details CPython attaches (name, obj),
// and the "Did you mean" hint the traceback shows for them.
#include <algorithm>
#include "objects/collections_ops.h"
#include "suggestions.h"
#include "vm.h"

namespace yl {

namespace {
void set_attr(VM& vm, Ref& exc, const char* key, Value v) {
  dict_set(vm, static_cast<Instance*>(exc.get().as_obj())->attrs, vm.intern(key), v);
}

void add_keys(VM& vm, Dict* d, std::vector<std::string>* out) {
  if (!d) return;
  size_t pos = 0; Value k, v;
  while (dict_next(d, &pos, &k, &v))
    if (vm.isinstance(k, vm.t_str)) out->push_back(as_str(k)->str());
}

// The names dir(obj) would list, sorted, without the dunders we do not model.
std::vector<std::string> attribute_names(VM& vm, Value obj) {
  std::vector<std::string> names;
  Type* t = vm.type_of(obj);
  if (obj.is_obj()) {
    Object* o = obj.as_obj();
    if (t->layout == Layout::Instance || t->layout == Layout::Exception) add_keys(vm, static_cast<Instance*>(o)->attrs, &names);
    if (t->layout == Layout::Module) add_keys(vm, static_cast<Module*>(o)->dict, &names);
    if (t->layout == Layout::Type) for (Type* k : static_cast<Type*>(o)->mro) add_keys(vm, k->dict, &names);
  }
  for (Type* k : t->mro) add_keys(vm, k->dict, &names);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}
}  // namespace

void VM::raise_name_error(Value name) {
  Ref e = new_exception(e_name, "name '" + as_str(name)->str() + "' is not defined");
  set_attr(*this, e, "name", name);
  raise_value(e.get());
}

void VM::raise_attribute_error(Value obj, Value name, std::string_view msg) {
  Ref e = new_exception(e_attribute, msg);
  set_attr(*this, e, "name", name);
  set_attr(*this, e, "obj", obj);
  raise_value(e.get());
}

// ". Did you mean: 'x'?" or "".
std::string VM::suggestion(Value exc) {
  Type* t = type_of(exc);
  auto* e = static_cast<ExceptionObj*>(exc.as_obj());
  Value name = dict_get(*this, e->attrs, intern("name"));
  if (name.is_null() || !isinstance(name, t_str)) return "";
  std::string n = as_str(name)->str();
  std::string best;
  if (t->is_subtype(e_name)) {
    // Locals of the failing function first, then globals, then builtins.
    std::vector<std::string> names;
    if (!e->traceback.empty())
      for (Value v : e->traceback[0].code->varnames) names.push_back(as_str(v)->str());
    best = closest_name(names, n);
    if (best.empty()) { names.clear(); add_keys(*this, main_globals, &names); best = closest_name(names, n); }
    if (best.empty()) { names.clear(); add_keys(*this, builtins, &names); best = closest_name(names, n); }
  } else if (t->is_subtype(e_attribute)) {
    Value obj = dict_get(*this, e->attrs, intern("obj"));
    if (obj.is_null()) return "";
    best = closest_name(attribute_names(*this, obj), n);
  }
  return best.empty() ? "" : ". Did you mean: '" + best + "'?";
}

}  // namespace yl
