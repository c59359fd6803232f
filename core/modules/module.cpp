#include "module.h"
#include "../objects/collections_ops.h"

namespace yl {

Ref new_module(VM& vm, const char* name) {
  auto* m = make<Module>(vm.t_module, name);
  Ref r = Ref::steal(Value::obj(m));
  m->dict = static_cast<Dict*>(vm.new_dict().release().as_obj());
  module_set(vm, r.get(), "__name__", vm.intern(name));
  return r;
}

static Dict* dict_of(Value mod) { return static_cast<Module*>(mod.as_obj())->dict; }

void module_set(VM& vm, Value mod, const char* name, Value v) { dict_set(vm, dict_of(mod), vm.intern(name), v); }

void module_def(VM& vm, Value mod, const char* name, NativeFn fn) {
  Ref f = vm.new_native(name, fn, nullptr);
  module_set(vm, mod, name, f.get());
}

void module_def_co(VM& vm, Value mod, const char* name, NativeCo co) {
  Ref f = vm.new_native_co(name, co, nullptr);
  module_set(vm, mod, name, f.get());
}

}  // namespace yl
