// Number arguments of native module functions, converted the way CPython's
// C modules convert them (PyFloat_AsDouble, PyNumber_Index), with the same
// TypeError texts.
#pragma once
#include "../vm.h"

namespace yl {

// pi and e as CPython's math module has them (M_PI is not standard C++).
inline constexpr double kPi = 3.141592653589793238462643383279502884;
inline constexpr double kE = 2.718281828459045235360287471352662498;

// int/bool/float, or an object with __float__ or __index__; otherwise
// TypeError "must be real number, not T".
double arg_double(VM& vm, Value v);
// An int (bool included) or an object with __index__, as a BigInt; otherwise
// TypeError "'T' object cannot be interpreted as an integer".
num::BigInt arg_bigint(VM& vm, Value v);

}  // namespace yl
