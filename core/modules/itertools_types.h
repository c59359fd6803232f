// What the itertools files share: the module's iterator types (named like
// CPython's, <class 'itertools.count'>) and iterators whose state lives in
// the object rather than in the coroutine, for the ones whose state is seen
// from outside: count's and repeat's repr, tee's shared buffer, groupby's
// current group. Every iterator still runs as a Task coroutine, so pulling
// from a Python iterator or calling a Python function goes through the
// frame stack (co_await) and the VM can pause inside it.
#pragma once
#include <utility>
#include <vector>
#include "module.h"

namespace yl {

// The iterator type `name` of the itertools module (made on first use),
// constructed by `ctor`, which gets the class first; module.name = type.
Type* def_itertools_type(VM& vm, Value mod, const char* name, NativeFn ctor);
Type* def_itertools_type_co(VM& vm, Value mod, const char* name, NativeCo ctor);
// The type only (for types the module does not export by name, like _grouper).
Type* itertools_type(VM& vm, const char* name);

// A native iterator that keeps its state in its own fields. A subclass
// constructs the base with its type; make_state_iter then gives it the
// coroutine, which receives the object itself (alive while it runs).
struct StateIter : NativeIter {
  explicit StateIter(Type* t);
};
void attach_task(NativeIter* it, Task t);

template <class T, class... A>
Ref make_state_iter(VM& vm, Type* t, Task (*run)(VM&, T*), A&&... args) {
  T* it = make<T>(t, std::forward<A>(args)...);
  Ref r(it);
  attach_task(it, run(vm, it));
  return r;
}

// Argument vectors for co_await vm.call(f, args) (borrowed values).
inline std::vector<Value> args1(Value a) { return std::vector<Value>(1, a); }
inline std::vector<Value> args2(Value a, Value b) { std::vector<Value> v(1, a); v.push_back(b); return v; }

// Replaces an owned Value field with `v` (borrowed).
inline void set_field(Value& field, Value v) { incref(v); Value old = field; field = v; decref(old); }

// The rest of the module, by file.
void install_itertools_combinatoric(VM& vm, Value mod);  // product, permutations, combinations
void install_itertools_tee_groupby(VM& vm, Value mod);   // tee, groupby

}  // namespace yl
