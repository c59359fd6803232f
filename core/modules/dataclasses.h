// What the dataclasses files share: the description of one dataclass that
// its generated methods are bound to, and the module's own objects.
#pragma once
#include <string>
#include <vector>
#include "module.h"

namespace yl {

// One field as the generated methods need it (values owned).
struct DcField {
  Value name;               // Str
  Value deflt;              // null when the field has no default
  Value factory;            // null when it has no default_factory
  bool init = true, repr = true, compare = true, hash = true;
  bool kw_only = false;     // an __init__ parameter after the `*`
  bool init_var = false;    // InitVar: only an argument of __init__, passed on to __post_init__
};

// What @dataclass learned about a class. Every method it generates has this
// as its bound self, so the methods read the fields without looking them up
// again on each call, as CPython's generated code has them baked in.
struct DcInfo : Object {
  std::string qualname;     // the class's __qualname__, for messages
  Value cls;                // owned: the decorated class
  std::vector<DcField> fields;
  bool frozen = false, post_init = false;
  DcInfo(Type* t, Value c) : Object(t), cls(c) { incref(c); }
  ~DcInfo() override { clear(); }
  void traverse(Visitor& v) override;
  void clear() override;
};

// A value of the dataclasses module (MISSING, Field ...), borrowed.
Value dc_module_value(VM& vm, const char* name);
// The generated methods' frames show in tracebacks as CPython's do, as code
// compiled from a string: `File "<string>", line N, in __init__`.
void dc_add_traceback(VM& vm, Value exc, const char* function, int line);

// Installs the methods @dataclass generates (dataclasses_methods.cpp).
struct DcParams { bool init, repr, eq, order, unsafe_hash, frozen, kw_only; };
void dc_install_methods(VM& vm, Type* cls, Ref info, const DcParams& p);

// The decorator itself (dataclasses_decorator.cpp).
void install_dataclass_decorator(VM& vm, Value mod);
// fields, asdict, astuple, replace, is_dataclass (dataclasses_helpers.cpp).
void install_dataclass_helpers(VM& vm, Value mod);

}  // namespace yl
