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
// The class OSError(errno, strerror, ...) makes: as CPython, OSError itself
// becomes the subclass for the errno (OSError(2, 'x') is a FileNotFoundError);
// any other class, or other arguments, stay `cls`.
Type* os_error_construct_type(VM& vm, Type* cls, const Value* args, size_t n);
// The OSError subclass CPython picks for `err`, OSError itself for the rest.
Type* os_error_type_for(VM& vm, int64_t err);
// Raises the OSError subclass CPython picks for `err` (FileNotFoundError for
// ENOENT ...), with `filename` and `filename2` (borrowed; null for none).
[[noreturn]] void raise_os_error(VM& vm, int err, Value filename, Value filename2 = Value::null());

}  // namespace yl
