// The dataclasses module: field(), the Field objects that describe fields,
// the MISSING, KW_ONLY and InitVar markers and FrozenInstanceError. The decorator is in
// dataclasses_decorator.cpp, the methods it generates in
// dataclasses_methods.cpp, fields/asdict/astuple/replace in
// dataclasses_helpers.cpp.
#include "../objects/alias.h"
#include "../objects/collections_ops.h"
#include "dataclasses.h"
#include "params.h"

namespace yl {

void DcInfo::traverse(Visitor& v) {
  v.visit(cls);
  for (DcField& f : fields) { v.visit(f.name); v.visit(f.deflt); v.visit(f.factory); }
}

void DcInfo::clear() {
  Value c = cls;
  cls = Value::none();
  std::vector<DcField> old;
  old.swap(fields);
  decref(c);
  for (DcField& f : old) { decref(f.name); decref(f.deflt); decref(f.factory); }
}

Value dc_module_value(VM& vm, const char* name) {
  Ref mod = vm.import_module("dataclasses");
  return dict_get(vm, static_cast<Module*>(mod.get().as_obj())->dict, vm.intern(name));
}

void dc_add_traceback(VM& vm, Value exc, const char* function, int line) {
  auto* e = dynamic_cast<ExceptionObj*>(exc.as_obj());
  if (!e) return;
  auto* code = make<Code>(vm.t_code);  // owned by the entry
  code->name = code->qualname = function;
  code->filename = "<string>";
  e->traceback.push_back({code, line, 0});
}

namespace {

// field(*, default, default_factory, init, repr, hash, compare, metadata, kw_only):
// a Field that @dataclass completes with the name and type.
Value field(VM& vm, CallArgs& a) {
  auto p = bind_params(vm, a, {"field", {"default", "default_factory", "init", "repr", "hash", "compare", "metadata",
                                         "kw_only"}, 0, 0});
  Value missing = dc_module_value(vm, "MISSING");
  Value deflt = p[0].is_null() ? missing : p[0];
  Value factory = p[1].is_null() ? missing : p[1];
  if (deflt != missing && factory != missing) vm.raise(vm.e_value, "cannot specify both default and default_factory");
  auto* type = static_cast<Type*>(dc_module_value(vm, "Field").as_obj());
  Ref f(make<Instance>(type));
  Dict* attrs = f.as<Instance>()->attrs;
  auto set = [&](const char* name, Value v) { dict_set(vm, attrs, vm.intern(name), v); };
  auto flag = [&](Value v, bool dflt) { return v.is_null() ? Value::boolean(dflt) : v; };
  set("name", Value::none());
  set("type", Value::none());
  set("default", deflt);
  set("default_factory", factory);
  set("init", flag(p[2], true));
  set("repr", flag(p[3], true));
  set("hash", p[4].is_null() ? Value::none() : p[4]);
  set("compare", flag(p[5], true));
  Ref metadata = p[6].is_null() || p[6].is_none() ? vm.new_dict() : Ref::borrow(p[6]);
  set("metadata", metadata.get());
  set("kw_only", p[7].is_null() ? missing : p[7]);
  return f.release();
}

Type* plain_type(VM& vm, Value mod, const char* name, Layout layout, Type* base) {
  Type* t = vm.new_builtin_type(name, layout, base);
  Ref keep(t);
  dict_set(vm, t->dict, vm.intern("__module__"), vm.intern("dataclasses"));
  module_set(vm, mod, name, Value::obj(t));
  return t;
}

}  // namespace

Ref make_dataclasses(VM& vm) {
  Ref mod = new_module(vm, "dataclasses");
  Value m = mod.get();
  Type* missing_type = plain_type(vm, m, "_MISSING_TYPE", Layout::Instance, vm.t_object);
  Ref missing(make<Instance>(missing_type));
  module_set(vm, m, "MISSING", missing.get());
  plain_type(vm, m, "Field", Layout::Instance, vm.t_object);
  plain_type(vm, m, "KW_ONLY", Layout::Instance, vm.t_object);
  plain_type(vm, m, "_DataclassParams", Layout::Instance, vm.t_object);
  plain_type(vm, m, "_DataclassInfo", Layout::Object, vm.t_object);
  Type* frozen = plain_type(vm, m, "FrozenInstanceError", Layout::Exception, vm.e_attribute);
  frozen->builtin = false;  // shown as dataclasses.FrozenInstanceError in tracebacks
  // InitVar[T] subscripts like a typing alias; @dataclass recognises it.
  Ref init_var(make<Alias>(vm.t_typing_alias, Alias::Typing, "InitVar", Value::none(), Value::null()));
  init_var.as<Alias>()->nparams = 1;
  module_set(vm, m, "InitVar", init_var.get());
  module_def(vm, m, "field", field);
  install_dataclass_decorator(vm, m);
  install_dataclass_helpers(vm, m);
  return mod;
}

}  // namespace yl
