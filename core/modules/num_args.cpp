#include "num_args.h"

namespace yl {

double arg_double(VM& vm, Value v) {
  if (v.is_float() || vm.is_int(v)) return vm.to_double(v);
  Type* t = vm.type_of(v);
  Ref f = vm.lookup_type(t, vm.intern("__float__"));
  if (!f.is_null()) {
    Ref r = vm.call_sync(f.get(), {v});
    if (!r.get().is_float())
      vm.type_error(t->name + ".__float__ returned non-float (type " + vm.type_of(r.get())->name + ")");
    return r.get().as_float();
  }
  Ref i = vm.lookup_type(t, vm.intern("__index__"));
  if (!i.is_null()) return arg_double(vm, vm.call_sync(i.get(), {v}).get());
  vm.type_error("must be real number, not " + t->name);
}

num::BigInt arg_bigint(VM& vm, Value v) {
  if (vm.is_int(v)) return int_value(v);
  Ref i = vm.lookup_type(vm.type_of(v), vm.intern("__index__"));
  if (!i.is_null()) {
    Ref r = vm.call_sync(i.get(), {v});
    if (!vm.is_int(r.get()))
      vm.type_error("__index__ returned non-int (type " + vm.type_of(r.get())->name + ")");
    return int_value(r.get());
  }
  vm.type_error("'" + vm.type_of(v)->name + "' object cannot be interpreted as an integer");
}

}  // namespace yl
