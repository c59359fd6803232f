#include "c_args.h"

namespace yl {

void unpack_args(VM& vm, CallArgs& a, size_t first, const char* name, size_t min, size_t max,
                 const char* kw_owner) {
  if (a.nkw()) vm.type_error(std::string(kw_owner ? kw_owner : name) + "() takes no keyword arguments");
  size_t n = a.n - first;
  if (n >= min && n <= max) return;
  auto count = [](size_t k) { return std::to_string(k) + (k == 1 ? " argument" : " arguments"); };
  std::string bound = min == max ? "" : n < min ? "at least " : "at most ";
  vm.type_error(std::string(name) + " expected " + bound + count(n < min ? min : max) + ", got " + std::to_string(n));
}

std::vector<Value> clinic_args(VM& vm, CallArgs& a, size_t first, const char* name,
                               std::initializer_list<const char*> names, size_t required, size_t positional) {
  std::vector<const char*> ns(names);
  std::vector<Value> out(ns.size(), Value::null());
  std::string fn = std::string(name) + "()";
  size_t n = a.n - first;
  if (n > positional) {
    // With keyword-only parameters the count says "positional".
    vm.type_error(fn + " takes at most " + std::to_string(positional) +
                  (positional < ns.size() ? " positional" : "") + " argument" + (positional == 1 ? "" : "s") + " (" +
                  std::to_string(n) + " given)");
  }
  for (size_t i = 0; i < n; ++i) out[i] = a[first + i];
  for (size_t k = 0; k < a.nkw(); ++k) {
    std::string_view kn = as_str(a.kwnames->items[k])->view();
    size_t i = 0;
    while (i < ns.size() && kn != ns[i]) ++i;
    if (i == ns.size()) vm.type_error("'" + std::string(kn) + "' is an invalid keyword argument for " + fn);
    if (!out[i].is_null())
      vm.type_error("argument for " + fn + " given by name ('" + std::string(kn) + "') and position (" +
                    std::to_string(i + 1) + ")");
    out[i] = a.kwvals[k];
  }
  for (size_t i = 0; i < required; ++i)
    if (out[i].is_null())
      vm.type_error(fn + " missing required argument '" + ns[i] + "' (pos " + std::to_string(i + 1) + ")");
  return out;
}

int64_t index_arg(VM& vm, Value v) {
  if (!vm.is_int(v) && vm.lookup_type(vm.type_of(v), vm.intern("__index__")).is_null())
    vm.type_error("'" + vm.type_of(v)->name + "' object cannot be interpreted as an integer");
  return vm.index_of(v);
}

}  // namespace yl
