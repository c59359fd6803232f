// What the functools files share: calling with keyword arguments through
// the frame stack, and update_wrapper's copying.
#pragma once
#include "module.h"

namespace yl {

// co_await CallKwAwait{{vm, f, values}, kwnames}: f(*positional, **kw)
// through the frame stack. `args` holds the positional values followed by
// the values of the keywords named in `kwnames` (null: none); all borrowed.
struct CallKwAwait : VM::CallAwait {
  Tuple* kwnames = nullptr;
  bool await_suspend(Task::Handle h) {
    frame = h.promise().frame;
    size_t nkw = kwnames ? kwnames->size : 0;
    pushed = vm.start_call(frame, f, args.data(), args.size() - nkw, kwnames, &result);
    return pushed;
  }
};

// The arguments after a[0] (a native's bound self), as a CallArgs of their own.
CallArgs after_self(CallArgs& a);

// update_wrapper(wrapper, wrapped) with the default attribute lists:
// copies __module__, __name__, __qualname__, __doc__ (and __annotations__
// where the object has them), updates __dict__, sets __wrapped__.
void update_wrapper(VM& vm, Value wrapper, Value wrapped);

// lru_cache, cache and their wrapper type (functools_lru.cpp).
void install_functools_lru(VM& vm, Value mod);
// total_ordering and cmp_to_key (functools_ordering.cpp).
void install_functools_ordering(VM& vm, Value mod);
// cached_property (functools_cached_property.cpp).
void install_functools_cached_property(VM& vm, Value mod);

}  // namespace yl
