// The __future__ module, so `from __future__ import annotations` (and the
// features that are always on: generator_stop, division ...) import. The
// compiler acts on `annotations`; the others change nothing in Python 3.11.
#include "../objects/collections_ops.h"
#include "module.h"

namespace yl {

Ref make_future(VM& vm) {
  Ref mod = new_module(vm, "__future__");
  const char* features[] = {"nested_scopes", "generators", "division", "absolute_import", "with_statement",
                            "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"};
  Ref all = vm.new_list();
  for (const char* f : features) {
    module_set(vm, mod.get(), f, Value::boolean(true));
    list_append(all.as<List>(), vm.intern(f));
  }
  module_set(vm, mod.get(), "all_feature_names", all.get());
  return mod;
}

}  // namespace yl
