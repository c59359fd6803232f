// The dunder methods of the built-in types, which the VM answers without
// entries in their dicts: whether a type has one (collections.abc asks) and
// the method itself when a program reads it ([1, 2].__iter__(), the
// itertools recipes' seen.__contains__).
#pragma once
#include <string_view>
#include "vm.h"

namespace yl {

// Whether instances of the built-in type `t` have the method `name`.
bool builtin_has_dunder(VM& vm, Type* t, std::string_view name);
// `self.name` for such a method, bound to self; null when there is none.
Ref builtin_dunder(VM& vm, Value self, Type* t, std::string_view name);
// `cls.name` for such a method of the class's instances (list.__iter__),
// taking the instance as its first argument; null when there is none.
Ref builtin_dunder_unbound(VM& vm, Type* cls, std::string_view name);
// object's own __init__, __repr__, __str__, __eq__, __ne__, __hash__ and
// __setattr__ bound to self, for super().__init__() and the like when no
// class between the caller's and object defines them; null for other names.
Ref object_method(VM& vm, Value self, std::string_view name);
// The same unbound, as `object.__setattr__(self, name, value)` reads it (a
// frozen dataclass's __post_init__ sets its fields that way).
Ref object_function(VM& vm, std::string_view name);
// BaseException's __str__ bound to self (super().__str__() in an exception
// class); null for other names.
Ref exception_method(VM& vm, Value self, std::string_view name);

}  // namespace yl
