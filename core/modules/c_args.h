// Argument checking for natives that are C functions in CPython (itertools,
// functools), with the TypeError texts of the two ways CPython's C code
// unpacks arguments: PyArg_UnpackTuple ("cycle expected 1 argument, got 0")
// and Argument Clinic ("repeat() missing required argument 'object' (pos 1)").
#pragma once
#include <initializer_list>
#include <vector>
#include "../vm.h"

namespace yl {

// Positional arguments a[first..] only, between `min` and `max` of them;
// keywords are refused with "<kw_owner>() takes no keyword arguments"
// (kw_owner defaults to `name`).
void unpack_args(VM& vm, CallArgs& a, size_t first, const char* name, size_t min, size_t max,
                 const char* kw_owner = nullptr);

// Binds a[first..] and the keywords to `names` as Argument Clinic does: the
// first `required` are required, the ones from `positional` on are
// keyword-only. Returns one borrowed value per name, null where not given.
std::vector<Value> clinic_args(VM& vm, CallArgs& a, size_t first, const char* name,
                               std::initializer_list<const char*> names, size_t required, size_t positional);

// An index-sized integer argument (PyNumber_AsSsize_t): TypeError
// "'T' object cannot be interpreted as an integer" for anything else.
int64_t index_arg(VM& vm, Value v);

}  // namespace yl
