// Builtins that turn values into text: format, ascii, bin, oct, hex.
#include "objects/collections_ops.h"
#include "objects/str_format.h"
#include "vm.h"

namespace yl {

namespace {
Value b_format(VM& vm, CallArgs& a) {
  check_args(vm, "format", a, 1, 2);
  std::string_view spec;
  if (a.n > 1) {
    if (!vm.isinstance(a[1], vm.t_str))
      vm.type_error("format() argument 2 must be str, not " + vm.type_of(a[1])->name);
    spec = as_str(a[1])->view();
  }
  return format_value(vm, a[0], spec).release();
}

Value b_ascii(VM& vm, CallArgs& a) {
  check_args(vm, "ascii", a, 1, 1);
  return str_ascii(vm, a[0]).release();
}

// bin/oct/hex share CPython's rule: the argument must be an int or have
// __index__, and the text is format(n, '#b') and friends.
Value int_text(VM& vm, CallArgs& a, const char* name, const char* spec) {
  check_args(vm, name, a, 1, 1);
  Value n = a[0];
  if (!vm.is_int(n)) {
    Ref idx = vm.lookup_type(vm.type_of(n), vm.intern("__index__"));
    if (idx.is_null()) vm.type_error("'" + vm.type_of(n)->name + "' object cannot be interpreted as an integer");
    Ref r = vm.call_sync(idx.get(), {n});
    return format_value(vm, r.get(), spec).release();
  }
  if (n.is_bool()) n = Value::small(n.is_true() ? 1 : 0);
  return format_value(vm, n, spec).release();
}
Value b_bin(VM& vm, CallArgs& a) { return int_text(vm, a, "bin", "#b"); }
Value b_oct(VM& vm, CallArgs& a) { return int_text(vm, a, "oct", "#o"); }
Value b_hex(VM& vm, CallArgs& a) { return int_text(vm, a, "hex", "#x"); }
}  // namespace

void install_text_builtins(VM& vm) {
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"format", b_format}, {"ascii", b_ascii}, {"bin", b_bin}, {"oct", b_oct}, {"hex", b_hex}})
    dict_set(vm, vm.builtins, vm.intern(name), vm.new_native(name, fn).get());
}

}  // namespace yl
