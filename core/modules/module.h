// What a built-in module needs: a module object to fill with functions and
// values, and the one table (modules.cpp) that maps import names to the
// functions that build them. Modules are built on first import, per VM.
#pragma once
#include "../vm.h"

namespace yl {

using ModuleFactory = Ref (*)(VM&);

// A new, empty module object called `name`.
Ref new_module(VM& vm, const char* name);
// module.name = fn (a native function, synchronous or a coroutine Task).
void module_def(VM& vm, Value mod, const char* name, NativeFn fn);
void module_def_co(VM& vm, Value mod, const char* name, NativeCo co);
// module.name = value (borrowed).
void module_set(VM& vm, Value mod, const char* name, Value v);

// Fills vm.module_factories with every built-in module.
void register_modules(VM& vm);

}  // namespace yl
