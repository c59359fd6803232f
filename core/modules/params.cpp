#include "params.h"

namespace yl {

std::vector<Value> bind_params(VM& vm, CallArgs& a, const ParamSpec& spec) {
  std::vector<std::string_view> names(spec.names.begin(), spec.names.end());
  return bind_params(vm, a, spec.qualname, names, spec.required, spec.positional, spec.method);
}

std::vector<Value> bind_params(VM& vm, CallArgs& a, const std::string& q, const std::vector<std::string_view>& names,
                               size_t required, size_t positional, bool method) {
  std::vector<Value> out(names.size(), Value::null());
  size_t self = method ? 1 : 0;
  size_t given = a.n - self;
  if (given > positional) {
    size_t lo = required + self, hi = positional + self;
    std::string takes = lo == hi ? std::to_string(hi) : "from " + std::to_string(lo) + " to " + std::to_string(hi);
    vm.type_error(q + "() takes " + takes + " positional argument" + (hi == 1 && lo == hi ? "" : "s") + " but " +
                  std::to_string(given + self) + (given + self == 1 ? " was" : " were") + " given");
  }
  for (size_t i = 0; i < given; ++i) out[i] = a[i + self];
  for (size_t k = 0; k < a.nkw(); ++k) {
    std::string_view kn = as_str(a.kwnames->items[k])->view();
    size_t i = 0;
    while (i < names.size() && kn != names[i]) ++i;
    if (i == names.size()) vm.type_error(q + "() got an unexpected keyword argument '" + std::string(kn) + "'");
    if (!out[i].is_null()) vm.type_error(q + "() got multiple values for argument '" + std::string(kn) + "'");
    out[i] = a.kwvals[k];
  }
  std::vector<std::string> missing;
  for (size_t i = 0; i < required; ++i)
    if (out[i].is_null()) missing.push_back("'" + std::string(names[i]) + "'");
  if (!missing.empty()) {
    std::string list;
    for (size_t i = 0; i < missing.size(); ++i) {
      if (i) list += missing.size() == 2 ? " and " : i + 1 == missing.size() ? ", and " : ", ";
      list += missing[i];
    }
    vm.type_error(q + "() missing " + std::to_string(missing.size()) + " required positional argument" +
                  (missing.size() == 1 ? "" : "s") + ": " + list);
  }
  return out;
}

}  // namespace yl
