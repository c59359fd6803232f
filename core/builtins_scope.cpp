// Builtins that expose namespaces: globals(), locals(), vars().
#include "objects/collections_ops.h"
#include "vm.h"

namespace yl {

namespace {
// The innermost Python frame: the caller of these builtins.
PyFrame* caller_frame(VM& vm) {
  for (Frame* f = vm.current; f; f = f->parent)
    if (f->kind == FrameKind::Python) return static_cast<PyFrame*>(f);
  return nullptr;
}

Value b_globals(VM& vm, CallArgs& a) {
  check_args(vm, "globals", a, 0, 0);
  PyFrame* f = caller_frame(vm);
  Dict* g = f ? f->globals : vm.main_globals;
  incref(g);
  return Value::obj(g);
}

// A snapshot of a function's locals as a new dict (a module or class body
// answers with its namespace itself, as CPython does).
Ref locals_of(VM& vm, PyFrame* f) {
  if (!f) return Ref::borrow(Value::obj(vm.main_globals));
  if (f->locals_dict) return Ref::borrow(Value::obj(f->locals_dict));
  Ref d = vm.new_dict();
  Code* c = f->code;
  for (int i = 0; i < c->nlocals(); ++i)
    if (!f->slots[i].is_null()) dict_set(vm, d.as<Dict>(), c->varnames[i], f->slots[i]);
  return d;
}

Value b_locals(VM& vm, CallArgs& a) {
  check_args(vm, "locals", a, 0, 0);
  return locals_of(vm, caller_frame(vm)).release();
}

Value b_vars(VM& vm, CallArgs& a) {
  check_args(vm, "vars", a, 0, 1);
  if (a.n == 0) return locals_of(vm, caller_frame(vm)).release();
  Ref d = vm.getattr_opt(a[0], vm.intern("__dict__"));
  if (d.is_null()) vm.type_error("vars() argument must have __dict__ attribute");
  return d.release();
}
}  // namespace

void install_scope_builtins(VM& vm) {
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"globals", b_globals}, {"locals", b_locals}, {"vars", b_vars}})
    dict_set(vm, vm.builtins, vm.intern(name), vm.new_native(name, fn).get());
}

}  // namespace yl
