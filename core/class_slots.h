// __slots__ on classes defined in Python: when a class and every class above
// it but object name their attributes in __slots__, instances have no
// __dict__ and refuse other attribute names, as in CPython.
#pragma once
#include <string_view>
#include "vm.h"

namespace yl {

// Called once a class statement has filled the class's dict.
void apply_slots(VM& vm, Type* t);
bool has_slot(const Type* t, std::string_view name);
// An instance's __dict__ as Python shows it: without its slots' values
// (which live in the same dict here). A copy when the class has slots.
Ref instance_dict(VM& vm, Type* t, Dict* attrs);

}  // namespace yl
