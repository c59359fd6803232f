// OSError's extra face: errno, strerror and filename, and the
// "[Errno 2] No such file or directory: 'x.txt'" text, derived the way
// CPython's OSError derives them from its constructor arguments.
#pragma once
#include "../vm.h"

namespace yl {

// e.errno / e.strerror / e.filename / e.filename2 when the instance dict has
// no such entry; null for any other name.
Ref os_error_attr(VM& vm, ExceptionObj* e, std::string_view name);
// str(e) for an OSError built from (errno, strerror[, filename]); false
// when the arguments are not of that shape (str() is then the usual one).
bool os_error_str(VM& vm, ExceptionObj* e, std::string* out);
// Raises the OSError subclass CPython picks for `err` (FileNotFoundError for
// ENOENT ...), with `filename` and `filename2` (borrowed; null for none).
[[noreturn]] void raise_os_error(VM& vm, int err, Value filename, Value filename2 = Value::null());

}  // namespace yl
