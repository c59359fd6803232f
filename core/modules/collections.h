// The collections module. Each type lives in its own file (collections_*.cpp)
// and adds itself to the module; collections.cpp builds the module from them.
#pragma once
#include <string>
#include <initializer_list>
#include <utility>
#include <vector>
#include "module.h"

namespace yl {

// A type of the collections module. It is not `builtin` in the VM's sense:
// programs may subclass it, and the VM answers operators, repr, len, `in` ...
// through its native dunders. `tp_name` is how error messages name it
// ("collections.deque" for the types CPython writes in C, "Counter" for the
// ones it writes in Python); `short_name` is its __name__ and __qualname__.
Type* new_collections_type(VM& vm, const char* tp_name, const char* short_name, Layout layout, Type* base);

// TypeError for a method called on an object of the wrong type:
// "descriptor 'append' for 'collections.deque' objects doesn't apply to a 'int' object".
[[noreturn]] void raise_wrong_self(VM& vm, CallArgs& a, const char* method, const char* tp_name);

// Puts natives (answering at once, or coroutines) into a type's dict.
void add_methods(VM& vm, Type* t, std::initializer_list<std::pair<const char*, NativeFn>> fns,
                 std::initializer_list<std::pair<const char*, NativeCo>> tasks = {});

// A type's __name__ (the part of its name after the last dot).
std::string short_type_name(Type* t);

// Argument checks with the texts of CPython's C methods ("deque.pop() takes
// no arguments (1 given)", "deque.append() takes exactly one argument (0 given)").
void check_no_args(VM& vm, CallArgs& a, const char* qualname);
void check_one_arg(VM& vm, CallArgs& a, const char* qualname);

// The body of dict.update (objects/dict_methods.cpp): `arg` (may be null) is
// a mapping or an iterable of pairs, then the keyword pairs; `via_setitem`
// stores through self[k] = v (a subclass's __setitem__), as
// MutableMapping.update does for OrderedDict.
Task dict_update_from(VM& vm, Ref self, Ref arg, std::vector<std::pair<Ref, Ref>> kw, bool via_setitem);
// The keyword arguments of a call as owned (name, value) pairs.
std::vector<std::pair<Ref, Ref>> keyword_pairs(CallArgs& a);
// self | other (other | self when `reflected`) for the dict subclasses: a new
// instance of self's class made from one side (after `factory` when it is not
// null, as defaultdict takes it) and updated with the other; NotImplemented
// when other is not a dict.
Value dict_union(VM& vm, Value self, Value other, bool reflected, Value factory);
// callable(v)
bool is_callable(VM& vm, Value v);

void add_deque(VM& vm, Value mod);
void add_defaultdict(VM& vm, Value mod);
void add_counter(VM& vm, Value mod);
void add_namedtuple(VM& vm, Value mod);
void add_ordereddict(VM& vm, Value mod);

}  // namespace yl
