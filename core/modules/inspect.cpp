// The inspect module's generator and function predicates. getgeneratorstate
// reads gi_running / gi_suspended / gi_frame through getattr exactly as
// inspect.py does, so a non-generator fails with the same AttributeError.
#include "../objects/collections_ops.h"
#include "module.h"
#include "params.h"

namespace yl {

namespace {

Value one(VM& vm, CallArgs& a, const char* name, const char* param) {
  return bind_params(vm, a, {name, {param}, 1, 1})[0];
}

Value i_getgeneratorstate(VM& vm, CallArgs& a) {
  Value g = one(vm, a, "getgeneratorstate", "generator");
  if (vm.truthy(vm.getattr(g, vm.intern("gi_running")).get())) return Ref::borrow(vm.intern("GEN_RUNNING")).release();
  if (vm.truthy(vm.getattr(g, vm.intern("gi_suspended")).get())) return Ref::borrow(vm.intern("GEN_SUSPENDED")).release();
  if (vm.getattr(g, vm.intern("gi_frame")).get().is_none()) return Ref::borrow(vm.intern("GEN_CLOSED")).release();
  return Ref::borrow(vm.intern("GEN_CREATED")).release();
}

Value i_getgeneratorlocals(VM& vm, CallArgs& a) {
  Value g = one(vm, a, "getgeneratorlocals", "generator");
  if (vm.type_of(g) != vm.t_generator) vm.type_error(vm.repr_s(g) + " is not a Python generator");
  Ref frame = vm.getattr(g, vm.intern("gi_frame"));
  if (frame.get().is_none()) return vm.new_dict().release();
  return vm.getattr(frame.get(), vm.intern("f_locals")).release();
}

// The Python function behind a bound method, else the object itself.
Value unwrap_method(VM& vm, Value f) {
  if (vm.type_of(f) == vm.t_method) return static_cast<BoundMethod*>(f.as_obj())->func;
  return f;
}

Value i_isgenerator(VM& vm, CallArgs& a) { return Value::boolean(vm.type_of(one(vm, a, "isgenerator", "object")) == vm.t_generator); }
Value i_isgeneratorfunction(VM& vm, CallArgs& a) {
  Value f = unwrap_method(vm, one(vm, a, "isgeneratorfunction", "obj"));
  return Value::boolean(vm.type_of(f) == vm.t_function && static_cast<Function*>(f.as_obj())->code->is_generator());
}
Value i_isfunction(VM& vm, CallArgs& a) { return Value::boolean(vm.type_of(one(vm, a, "isfunction", "object")) == vm.t_function); }
Value i_ismethod(VM& vm, CallArgs& a) { return Value::boolean(vm.type_of(one(vm, a, "ismethod", "object")) == vm.t_method); }
Value i_isbuiltin(VM& vm, CallArgs& a) { return Value::boolean(vm.type_of(one(vm, a, "isbuiltin", "object")) == vm.t_native); }
Value i_isclass(VM& vm, CallArgs& a) { return Value::boolean(vm.isinstance(one(vm, a, "isclass", "object"), vm.t_type)); }
Value i_ismodule(VM& vm, CallArgs& a) { return Value::boolean(vm.type_of(one(vm, a, "ismodule", "object")) == vm.t_module); }
Value i_isroutine(VM& vm, CallArgs& a) {
  Type* t = vm.type_of(one(vm, a, "isroutine", "object"));
  return Value::boolean(t == vm.t_function || t == vm.t_method || t == vm.t_native);
}
// No coroutines or async generators exist here.
Value i_false(VM& vm, CallArgs& a) { one(vm, a, "iscoroutinefunction", "obj"); return Value::boolean(false); }

}  // namespace

Ref make_inspect(VM& vm) {
  Ref mod = new_module(vm, "inspect");
  for (const char* state : {"GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED"})
    module_set(vm, mod.get(), state, vm.intern(state));
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"getgeneratorstate", i_getgeneratorstate}, {"getgeneratorlocals", i_getgeneratorlocals},
           {"isgenerator", i_isgenerator}, {"isgeneratorfunction", i_isgeneratorfunction},
           {"isfunction", i_isfunction}, {"ismethod", i_ismethod}, {"isbuiltin", i_isbuiltin},
           {"isclass", i_isclass}, {"ismodule", i_ismodule}, {"isroutine", i_isroutine},
           {"iscoroutinefunction", i_false}, {"iscoroutine", i_false}, {"isasyncgenfunction", i_false}})
    module_def(vm, mod.get(), name, fn);
  return mod;
}

}  // namespace yl
