// The table of built-in modules: import name -> the function that builds it.
// Each module lives in its own file here and exposes one `make_<name>` function.
#include "module.h"

namespace yl {

Ref make_math(VM& vm);
Ref make_random(VM& vm);
Ref make_time(VM& vm);
Ref make_sys(VM& vm);
Ref make_inspect(VM& vm);
Ref make_tracemalloc(VM& vm);
Ref make_os(VM& vm);
Ref make_os_path(VM& vm);
Ref make_itertools(VM& vm);
Ref make_collections(VM& vm);
Ref make_collections_abc(VM& vm);
Ref make_types(VM& vm);
Ref make_typing(VM& vm);
Ref make_contextlib(VM& vm);
Ref make_operator(VM& vm);
Ref make_future(VM& vm);
Ref make_heapq(VM& vm);
Ref make_abc(VM& vm);
Ref make_functools(VM& vm);
Ref make_threading(VM& vm);
Ref make_queue(VM& vm);
Ref make_bisect(VM& vm);
Ref make_string(VM& vm);
Ref make_copy(VM& vm);
Ref make_statistics(VM& vm);
Ref make_json(VM& vm);
Ref make_csv(VM& vm);
Ref make_dataclasses(VM& vm);

void register_modules(VM& vm) {
  vm.module_factories["math"] = make_math;
  vm.module_factories["random"] = make_random;
  vm.module_factories["time"] = make_time;
  vm.module_factories["sys"] = make_sys;
  vm.module_factories["inspect"] = make_inspect;
  vm.module_factories["tracemalloc"] = make_tracemalloc;
  vm.module_factories["os"] = make_os;
  vm.module_factories["os.path"] = make_os_path;
  vm.module_factories["itertools"] = make_itertools;
  vm.module_factories["collections"] = make_collections;
  vm.module_factories["collections.abc"] = make_collections_abc;
  vm.module_factories["types"] = make_types;
  vm.module_factories["typing"] = make_typing;
  vm.module_factories["contextlib"] = make_contextlib;
  vm.module_factories["operator"] = make_operator;
  vm.module_factories["__future__"] = make_future;
  vm.module_factories["heapq"] = make_heapq;
  vm.module_factories["abc"] = make_abc;
  vm.module_factories["functools"] = make_functools;
  vm.module_factories["threading"] = make_threading;
  vm.module_factories["queue"] = make_queue;
  vm.module_factories["bisect"] = make_bisect;
  vm.module_factories["string"] = make_string;
  vm.module_factories["copy"] = make_copy;
  vm.module_factories["statistics"] = make_statistics;
  vm.module_factories["json"] = make_json;
  vm.module_factories["csv"] = make_csv;
  vm.module_factories["dataclasses"] = make_dataclasses;
}

}  // namespace yl
