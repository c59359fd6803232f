// Binding a native function's arguments to named parameters, the way a
// Python `def` binds them, with CPython's TypeError texts. For module
// functions written in Python in CPython (random.randint, os.path.join ...)
// this is what makes their argument errors read the same.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>
#include "../vm.h"

namespace yl {

struct ParamSpec {
  const char* qualname;                     // "Random.randint", "open"
  std::initializer_list<const char*> names; // every parameter, in order (not self)
  size_t required;                          // the first `required` have no default
  size_t positional;                        // parameters after this are keyword-only
  bool method = false;                      // a[0] is self (counted in the messages)
};

// One borrowed value per parameter, null where the caller gave none.
std::vector<Value> bind_params(VM& vm, CallArgs& a, const ParamSpec& spec);
// The same with names known only at run time (a namedtuple's __new__).
std::vector<Value> bind_params(VM& vm, CallArgs& a, const std::string& qualname,
                               const std::vector<std::string_view>& names, size_t required, size_t positional,
                               bool method);

}  // namespace yl
