// The types module: names for the types of built-in objects, so programs
// can write isinstance(g, types.GeneratorType).
#include "module.h"

namespace yl {

Ref make_types(VM& vm) {
  Ref mod = new_module(vm, "types");
  Value m = mod.get();
  module_set(vm, m, "GeneratorType", Value::obj(vm.t_generator));
  module_set(vm, m, "FunctionType", Value::obj(vm.t_function));
  module_set(vm, m, "LambdaType", Value::obj(vm.t_function));
  module_set(vm, m, "BuiltinFunctionType", Value::obj(vm.t_native));
  module_set(vm, m, "BuiltinMethodType", Value::obj(vm.t_native));
  module_set(vm, m, "MethodType", Value::obj(vm.t_method));
  module_set(vm, m, "CodeType", Value::obj(vm.t_code));
  module_set(vm, m, "ModuleType", Value::obj(vm.t_module));
  module_set(vm, m, "NoneType", Value::obj(vm.t_none));
  module_set(vm, m, "EllipsisType", Value::obj(vm.type_of(vm.ellipsis)));
  module_set(vm, m, "NotImplementedType", Value::obj(vm.type_of(vm.not_implemented)));
  module_set(vm, m, "GenericAlias", Value::obj(vm.t_generic_alias));
  module_set(vm, m, "UnionType", Value::obj(vm.t_union_type));
  return mod;
}

}  // namespace yl
