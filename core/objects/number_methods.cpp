// Methods of int and float that learners reach for: int.bit_length,
// int.bit_count, int.conjugate, int.as_integer_ratio, float.is_integer,
// float.as_integer_ratio.
#include <cmath>
#include "collections_ops.h"
#include "../vm.h"

namespace yl {

namespace {

Value int_bit_length(VM& vm, CallArgs& a) {
  check_args(vm, "bit_length", a, 1, 1);
  return vm.from_int64(int64_t(int_value(a[0]).bit_length())).release();
}

Value int_bit_count(VM& vm, CallArgs& a) {
  check_args(vm, "bit_count", a, 1, 1);
  if (a[0].is_int()) {
    int64_t n = a[0].as_int();
    return Value::small(__builtin_popcountll(uint64_t(n < 0 ? -n : n)));
  }
  std::string bits = int_value(a[0]).abs().to_python_base(2);
  int64_t ones = 0;
  for (char c : bits) ones += c == '1';
  return Value::small(ones);
}

Value int_conjugate(VM& vm, CallArgs& a) {
  check_args(vm, "conjugate", a, 1, 1);
  return vm.unary(a[0], U_POS).release();
}

// An int is its own numerator over 1 (a bool gives a plain int).
Value int_as_integer_ratio(VM& vm, CallArgs& a) {
  check_args(vm, "as_integer_ratio", a, 1, 1);
  Ref n = vm.from_bigint(int_value(a[0]));
  Value pair[2] = {n.get(), Value::small(1)};
  return vm.new_tuple(pair, 2).release();
}

Value float_is_integer(VM& vm, CallArgs& a) {
  check_args(vm, "is_integer", a, 1, 1);
  double x = a[0].as_float();
  return Value::boolean(std::isfinite(x) && std::floor(x) == x);
}

// The exact fraction a float holds: mantissa * 2**exp reduced by powers of two.
Value float_as_integer_ratio(VM& vm, CallArgs& a) {
  check_args(vm, "as_integer_ratio", a, 1, 1);
  double x = a[0].as_float();
  if (std::isinf(x)) vm.raise(vm.e_overflow, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) vm.raise(vm.e_value, "cannot convert NaN to integer ratio");
  int exp;
  double m = std::frexp(x, &exp);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) { m *= 2; --exp; }
  num::BigInt top{int64_t(m)}, bottom{int64_t(1)};
  num::BigInt two{int64_t(2)};
  if (exp > 0) top = top * num::BigInt::pow(two, uint64_t(exp));
  else bottom = num::BigInt::pow(two, uint64_t(-exp));
  // The denominator is a power of two: strip the factors of two they share.
  while (!top.is_zero() && !top.is_odd() && bottom.bit_length() > 1) {
    top = *num::BigInt::floordiv(top, two);
    bottom = *num::BigInt::floordiv(bottom, two);
  }
  if (top.is_zero()) bottom = num::BigInt(int64_t(1));
  Ref n = vm.from_bigint(top), d = vm.from_bigint(bottom);
  Value pair[2] = {n.get(), d.get()};
  return vm.new_tuple(pair, 2).release();
}
}  // namespace

void install_number_methods(VM& vm) {
  add_method(vm, vm.t_int, "bit_length", int_bit_length);
  add_method(vm, vm.t_int, "bit_count", int_bit_count);
  add_method(vm, vm.t_int, "conjugate", int_conjugate);
  add_method(vm, vm.t_int, "as_integer_ratio", int_as_integer_ratio);
  add_method(vm, vm.t_float, "is_integer", float_is_integer);
  add_method(vm, vm.t_float, "as_integer_ratio", float_as_integer_ratio);
}

}  // namespace yl
