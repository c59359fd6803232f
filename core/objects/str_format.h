// Text formatting entry points the VM and the builtins use (implemented in
// objects/str_methods.cpp): the `str % args` operator, format(v, spec), and
// the character properties str's methods are built on.
#pragma once
#include <string>
#include <string_view>
#include "vm.h"

namespace yl {

// `fmt % args` (printf-style formatting). `args` is borrowed: a tuple, a
// mapping (for %(name)s) or a single value.
Ref str_percent(VM& vm, Str* fmt, Value args);

// format(v, spec): calls a user __format__ when the type has one, else
// formats int / bool / float / str with the format-spec mini-language; any
// other object accepts only an empty spec (-> str(v)).
Ref format_value(VM& vm, Value v, std::string_view spec);

// ascii(v): repr(v) with non-ASCII characters escaped (\xNN, \uNNNN, \UNNNNNNNN).
Ref str_ascii(VM& vm, Value v);

// str.format(*args, **kwargs) on a format string (args/kwnames as in CallArgs,
// borrowed). `mapping` non-null means format_map(mapping): names are looked
// up with mapping[name] and there are no positional arguments.
Ref str_format(VM& vm, std::string_view fmt, const Value* args, size_t n, const Value* kwvals,
               Tuple* kwnames, Value mapping = Value::null());

// Unicode character properties (CPython 3.11 / Unicode 14 semantics).
bool uni_isspace(char32_t c);       // str.isspace() of one character
bool uni_isprintable(char32_t c);   // str.isprintable() of one character
bool uni_isalnum(char32_t c);
bool uni_isidentifier_start(char32_t c);     // XID_Start or '_'
bool uni_isidentifier_continue(char32_t c);  // XID_Continue

}  // namespace yl
