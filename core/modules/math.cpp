// The math module: CPython 3.11's mathmodule.c semantics on top of libm,
// including its error rules (NaN from a non-NaN argument is "math domain
// error", an infinite result from finite arguments is "math range error" for
// functions that can overflow) and its exact algorithms where the result
// depends on them (fsum, hypot/dist, log of huge ints).
#include <array>
#include <cfloat>
#include <cmath>
#include <utility>
#include "../objects/collections_ops.h"
#include "module.h"
#include "num_args.h"

namespace yl {

namespace {

using num::BigInt;

[[noreturn]] void domain_error(VM& vm) { vm.raise(vm.e_value, "math domain error"); }
[[noreturn]] void range_error(VM& vm) { vm.raise(vm.e_overflow, "math range error"); }

// Positional-only arity checks with the texts Argument Clinic produces.
void one_arg(VM& vm, CallArgs& a, const char* name) {
  if (a.nkw()) vm.type_error(std::string("math.") + name + "() takes no keyword arguments");
  if (a.n != 1) vm.type_error(std::string("math.") + name + "() takes exactly one argument (" + std::to_string(a.n) + " given)");
}
void n_args(VM& vm, CallArgs& a, const char* name, size_t n) {
  if (a.nkw()) vm.type_error(std::string(name) + "() takes no keyword arguments");
  if (a.n != n)
    vm.type_error(std::string(name) + " expected " + std::to_string(n) + " arguments, got " + std::to_string(a.n));
}

Value int_result(VM& vm, double d) {
  if (std::isnan(d)) vm.raise(vm.e_value, "cannot convert float NaN to integer");
  if (std::isinf(d)) vm.raise(vm.e_overflow, "cannot convert float infinity to integer");
  return vm.from_bigint(*BigInt::from_double(d)).release();
}

// ---- one float in, one float out (math_1) ----
struct Unary { const char* name; double (*f)(double); bool can_overflow; };

double m_log(double x) {
  if (std::isfinite(x)) return x > 0 ? std::log(x) : x == 0 ? -HUGE_VAL : NAN;
  return std::isnan(x) || x > 0 ? x : NAN;
}
double m_log2(double x) {
  if (std::isfinite(x)) return x > 0 ? std::log2(x) : x == 0 ? -HUGE_VAL : NAN;
  return std::isnan(x) || x > 0 ? x : NAN;
}
double m_log10(double x) {
  if (std::isfinite(x)) return x > 0 ? std::log10(x) : x == 0 ? -HUGE_VAL : NAN;
  return std::isnan(x) || x > 0 ? x : NAN;
}

constexpr Unary kUnary[] = {
    {"sqrt", [](double x) { return std::sqrt(x); }, false},
    {"exp", [](double x) { return std::exp(x); }, true},
    {"exp2", [](double x) { return std::exp2(x); }, true},
    {"expm1", [](double x) { return std::expm1(x); }, true},
    {"log1p", [](double x) { return std::log1p(x); }, false},
    {"sin", [](double x) { return std::sin(x); }, false},
    {"cos", [](double x) { return std::cos(x); }, false},
    {"tan", [](double x) { return std::tan(x); }, false},
    {"asin", [](double x) { return std::asin(x); }, false},
    {"acos", [](double x) { return std::acos(x); }, false},
    {"atan", [](double x) { return std::atan(x); }, false},
    {"sinh", [](double x) { return std::sinh(x); }, true},
    {"cosh", [](double x) { return std::cosh(x); }, true},
    {"tanh", [](double x) { return std::tanh(x); }, false},
    {"asinh", [](double x) { return std::asinh(x); }, false},
    {"acosh", [](double x) { return std::acosh(x); }, false},
    {"atanh", [](double x) { return std::atanh(x); }, false},
    {"erf", [](double x) { return std::erf(x); }, false},
    {"erfc", [](double x) { return std::erfc(x); }, false},
    {"cbrt", [](double x) { return std::cbrt(x); }, false},
    {"fabs", [](double x) { return std::fabs(x); }, false},
};

double apply_1(VM& vm, const Unary& u, double x) {
  double r = u.f(x);
  if (std::isnan(r) && !std::isnan(x)) domain_error(vm);
  if (std::isinf(r) && std::isfinite(x)) { if (u.can_overflow) range_error(vm); domain_error(vm); }
  return r;
}

template <size_t I> Value unary(VM& vm, CallArgs& a) {
  one_arg(vm, a, kUnary[I].name);
  return Value::flt(apply_1(vm, kUnary[I], arg_double(vm, a[0])));
}

template <size_t... I> void def_unary(VM& vm, Value m, std::index_sequence<I...>) {
  (module_def(vm, m, kUnary[I].name, unary<I>), ...);
}

// ---- logarithms: ints of any size (loghelper) ----
double log_of(VM& vm, Value v, double (*f)(double)) {
  if (vm.is_int(v)) {
    BigInt n = int_value(v);
    if (n.sign() <= 0) domain_error(vm);
    if (auto d = n.to_double()) return f(*d);
    // Too big for a double: log(m * 2**e) with m in [0.5, 1), m rounded
    // once from the top bits plus a sticky bit, like _PyLong_Frexp.
    int64_t e = int64_t(n.bit_length());
    int64_t shift = e - 55;
    BigInt top = n.shr(uint64_t(shift));
    if (top.shl(uint64_t(shift)) != n) top = top | BigInt(1);
    double m = std::ldexp(*top.to_double(), -55);
    return f(m) + f(2.0) * double(e);
  }
  double x = arg_double(vm, v), r = f(x);
  if ((std::isnan(r) && !std::isnan(x)) || (std::isinf(r) && std::isfinite(x))) domain_error(vm);
  return r;
}

Value m_log_fn(VM& vm, CallArgs& a) {
  if (a.nkw()) vm.type_error("math.log() takes no keyword arguments");
  if (a.n < 1 || a.n > 2) vm.type_error(a.n < 1 ? "log expected at least 1 argument, got 0" : "log expected at most 2 arguments, got " + std::to_string(a.n));
  double num = log_of(vm, a[0], m_log);
  if (a.n == 1) return Value::flt(num);
  double den = log_of(vm, a[1], m_log);
  if (den == 0) vm.raise(vm.e_zero, "float division by zero");
  return Value::flt(num / den);
}
Value m_log2_fn(VM& vm, CallArgs& a) { one_arg(vm, a, "log2"); return Value::flt(log_of(vm, a[0], m_log2)); }
Value m_log10_fn(VM& vm, CallArgs& a) { one_arg(vm, a, "log10"); return Value::flt(log_of(vm, a[0], m_log10)); }

// ---- rounding to int ----
Value round_with(VM& vm, CallArgs& a, const char* name, const char* dunder, double (*f)(double)) {
  one_arg(vm, a, name);
  Value x = a[0];
  if (x.is_float()) return int_result(vm, f(x.as_float()));
  if (vm.is_int(x)) return vm.from_bigint(int_value(x)).release();
  Ref m = vm.lookup_type(vm.type_of(x), vm.intern(dunder));
  if (!m.is_null()) return vm.call_sync(m.get(), {x}).release();
  return int_result(vm, f(arg_double(vm, x)));
}
Value m_floor(VM& vm, CallArgs& a) { return round_with(vm, a, "floor", "__floor__", [](double x) { return std::floor(x); }); }
Value m_ceil(VM& vm, CallArgs& a) { return round_with(vm, a, "ceil", "__ceil__", [](double x) { return std::ceil(x); }); }
Value m_trunc(VM& vm, CallArgs& a) {
  one_arg(vm, a, "trunc");
  Value x = a[0];
  if (x.is_float()) return int_result(vm, std::trunc(x.as_float()));
  if (vm.is_int(x)) return vm.from_bigint(int_value(x)).release();
  Ref m = vm.lookup_type(vm.type_of(x), vm.intern("__trunc__"));
  if (m.is_null()) vm.type_error("type " + vm.type_of(x)->name + " doesn't define __trunc__ method");
  return vm.call_sync(m.get(), {x}).release();
}

// ---- two floats (math_2 and the special cases CPython writes out) ----
double check_2(VM& vm, double x, double y, double r) {
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error(vm);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) range_error(vm);
  return r;
}
Value m_atan2(VM& vm, CallArgs& a) {
  n_args(vm, a, "atan2", 2);
  double y = arg_double(vm, a[0]), x = arg_double(vm, a[1]);
  return Value::flt(check_2(vm, y, x, std::atan2(y, x)));
}
Value m_copysign(VM& vm, CallArgs& a) {
  n_args(vm, a, "copysign", 2);
  return Value::flt(std::copysign(arg_double(vm, a[0]), arg_double(vm, a[1])));
}
Value m_remainder(VM& vm, CallArgs& a) {
  n_args(vm, a, "remainder", 2);
  double x = arg_double(vm, a[0]), y = arg_double(vm, a[1]);
  return Value::flt(check_2(vm, x, y, std::remainder(x, y)));
}
Value m_fmod(VM& vm, CallArgs& a) {
  n_args(vm, a, "fmod", 2);
  double x = arg_double(vm, a[0]), y = arg_double(vm, a[1]);
  if (std::isinf(y) && std::isfinite(x)) return Value::flt(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error(vm);
  return Value::flt(r);
}
Value m_pow(VM& vm, CallArgs& a) {
  n_args(vm, a, "pow", 2);
  double x = arg_double(vm, a[0]), y = arg_double(vm, a[1]);
  if (!std::isfinite(x) || !std::isfinite(y)) {
    // IEEE specials spelled out, as CPython does for portability.
    if (std::isnan(x)) return Value::flt(y == 0 ? 1.0 : x);
    if (std::isnan(y)) return Value::flt(x == 1 ? 1.0 : y);
    if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0) return Value::flt(odd_y ? x : std::fabs(x));
      if (y == 0) return Value::flt(1.0);
      return Value::flt(odd_y ? std::copysign(0.0, x) : 0.0);
    }
    if (std::fabs(x) == 1.0) return Value::flt(1.0);
    if (y > 0 && std::fabs(x) > 1.0) return Value::flt(y);
    if (y < 0 && std::fabs(x) < 1.0) return Value::flt(-y);
    return Value::flt(0.0);
  }
  double r = std::pow(x, y);
  if (std::isnan(r)) domain_error(vm);
  if (std::isinf(r)) { if (x == 0) domain_error(vm); range_error(vm); }
  return Value::flt(r);
}

Value m_degrees(VM& vm, CallArgs& a) { one_arg(vm, a, "degrees"); return Value::flt(arg_double(vm, a[0]) * (180.0 / kPi)); }
Value m_radians(VM& vm, CallArgs& a) { one_arg(vm, a, "radians"); return Value::flt(arg_double(vm, a[0]) * (kPi / 180.0)); }

Value m_isfinite(VM& vm, CallArgs& a) { one_arg(vm, a, "isfinite"); return Value::boolean(std::isfinite(arg_double(vm, a[0]))); }
Value m_isinf(VM& vm, CallArgs& a) { one_arg(vm, a, "isinf"); return Value::boolean(std::isinf(arg_double(vm, a[0]))); }
Value m_isnan(VM& vm, CallArgs& a) { one_arg(vm, a, "isnan"); return Value::boolean(std::isnan(arg_double(vm, a[0]))); }

Value pair(VM& vm, Value a, Value b) { Value items[2] = {a, b}; return vm.new_tuple(items, 2).release(); }

Value m_modf(VM& vm, CallArgs& a) {
  one_arg(vm, a, "modf");
  double x = arg_double(vm, a[0]);
  if (std::isinf(x)) return pair(vm, Value::flt(std::copysign(0.0, x)), Value::flt(x));
  if (std::isnan(x)) return pair(vm, Value::flt(x), Value::flt(x));
  double ip;
  double fp = std::modf(x, &ip);
  return pair(vm, Value::flt(fp), Value::flt(ip));
}
Value m_frexp(VM& vm, CallArgs& a) {
  one_arg(vm, a, "frexp");
  double x = arg_double(vm, a[0]);
  if (std::isnan(x) || std::isinf(x) || x == 0) return pair(vm, Value::flt(x), Value::small(0));
  int e;
  double m = std::frexp(x, &e);
  return pair(vm, Value::flt(m), Value::small(e));
}
Value m_ldexp(VM& vm, CallArgs& a) {
  n_args(vm, a, "ldexp", 2);
  double x = arg_double(vm, a[0]);
  if (!vm.is_int(a[1])) vm.type_error("Expected an int as second argument to ldexp.");
  BigInt e = int_value(a[1]);
  if (x == 0 || !std::isfinite(x)) return Value::flt(x);
  if (e > BigInt(INT32_MAX)) range_error(vm);
  if (e < BigInt(INT32_MIN)) return Value::flt(std::copysign(0.0, x));
  double r = std::ldexp(x, int(e.to_int64()));
  if (std::isinf(r)) range_error(vm);
  return Value::flt(r);
}
Value m_ulp(VM& vm, CallArgs& a) {
  one_arg(vm, a, "ulp");
  double x = arg_double(vm, a[0]);
  if (std::isnan(x)) return Value::flt(x);
  x = std::fabs(x);
  if (std::isinf(x)) return Value::flt(x);
  double next = std::nextafter(x, INFINITY);
  if (std::isinf(next)) return Value::flt(x - std::nextafter(x, -INFINITY));
  return Value::flt(next - x);
}
Value m_nextafter(VM& vm, CallArgs& a) {
  n_args(vm, a, "nextafter", 2);
  return Value::flt(std::nextafter(arg_double(vm, a[0]), arg_double(vm, a[1])));
}

Value m_isclose(VM& vm, CallArgs& a) {
  if (a.n > 2) vm.type_error("isclose() takes exactly 2 positional arguments (" + std::to_string(a.n) + " given)");
  Value av = a.n > 0 ? a[0] : a.kw("a"), bv = a.n > 1 ? a[1] : a.kw("b");
  if (av.is_null() || bv.is_null())
    vm.type_error(std::string("isclose() missing required argument '") + (av.is_null() ? "a" : "b") + "' (pos " + (av.is_null() ? "1" : "2") + ")");
  double x = arg_double(vm, av), y = arg_double(vm, bv);
  Value rt = a.kw("rel_tol"), at = a.kw("abs_tol");
  double rel = rt.is_null() ? 1e-09 : arg_double(vm, rt), abs_tol = at.is_null() ? 0.0 : arg_double(vm, at);
  if (rel < 0 || abs_tol < 0) vm.raise(vm.e_value, "tolerances must be non-negative");
  if (x == y) return Value::boolean(true);
  if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
  double diff = std::fabs(y - x);
  return Value::boolean(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol);
}

// ---- Euclidean norm (hypot, dist): CPython 3.11's vector_norm, which
// accumulates the squares in extended precision so the result is nearly
// always correctly rounded. Matching its exact steps matches its output. ----
struct DoubleLength { double hi, lo; };
DoubleLength dl_fast_sum(double a, double b) {
  double x = a + b;
  double z = x - a;
  return {x, b - z};
}
DoubleLength dl_split(double x) {
  double t = x * 134217729.0;  // Veltkamp: 2**27 + 1
  double hi = t - (t - x);
  return {hi, x - hi};
}
DoubleLength dl_mul(double x, double y) {
  DoubleLength xx = dl_split(x), yy = dl_split(y);
  double p = xx.hi * yy.hi;
  double q = xx.hi * yy.lo + xx.lo * yy.hi;
  double z = p + q;
  double zz = p - z + q + xx.lo * yy.lo;
  return {z, zz};
}
double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0 || vec.size() <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    for (double& v : vec) v /= DBL_MIN;  // subnormals to normals
    return DBL_MIN * vector_norm(vec, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (double x : vec) {
    x *= scale;
    DoubleLength pr = dl_mul(x, x);
    DoubleLength sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  DoubleLength pr = dl_mul(-h, h);
  DoubleLength sm = dl_fast_sum(csum, pr.hi);
  csum = sm.hi;
  frac1 += pr.lo;
  frac2 += sm.lo;
  double x = csum - 1.0 + (frac1 + frac2);
  return (h + x / (2.0 * h)) / scale;
}

// hypot/dist take only floats and ints (no __float__), like ASSIGN_DOUBLE.
double coord(VM& vm, Value v) {
  if (v.is_float() || vm.is_int(v)) return vm.to_double(v);
  vm.type_error("must be real number, not " + vm.type_of(v)->name);
}

Value m_hypot(VM& vm, CallArgs& a) {
  if (a.nkw()) vm.type_error("hypot() takes no keyword arguments");
  std::vector<double> vec;
  double max = 0;
  bool nan = false;
  for (size_t i = 0; i < a.n; ++i) {
    double x = std::fabs(coord(vm, a[i]));
    vec.push_back(x);
    nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::flt(vector_norm(vec, max, nan));
}

Value m_dist(VM& vm, CallArgs& a) {
  n_args(vm, a, "dist", 2);
  auto items = [&](Value v, const char* which) {
    Type* t = vm.type_of(v);
    if (t->layout == Layout::Tuple) { Tuple* tp = as_tuple(v); return std::vector<Value>(tp->items, tp->items + tp->size); }
    if (t->layout == Layout::List) { List* l = as_list(v); return std::vector<Value>(l->items.begin(), l->items.end()); }
    vm.type_error(std::string("dist() argument ") + which + " must be tuple, not " + t->name);
  };
  std::vector<Value> p = items(a[0], "1"), q = items(a[1], "2");
  if (p.size() != q.size()) vm.raise(vm.e_value, "both points must have the same number of dimensions");
  std::vector<double> vec;
  double max = 0;
  bool nan = false;
  for (size_t i = 0; i < p.size(); ++i) {
    double x = std::fabs(coord(vm, p[i]) - coord(vm, q[i]));
    vec.push_back(x);
    nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::flt(vector_norm(vec, max, nan));
}

// ---- integer functions ----
// Product of lo..hi (inclusive) by halving, so big factorials stay fast.
BigInt range_product(uint64_t lo, uint64_t hi) {
  if (lo > hi) return BigInt(1);
  if (hi - lo < 16) {
    BigInt r(1);
    for (uint64_t i = lo; i <= hi; ++i) r = r * BigInt::from_uint64(i);
    return r;
  }
  uint64_t mid = lo + (hi - lo) / 2;
  return range_product(lo, mid) * range_product(mid + 1, hi);
}

Value m_factorial(VM& vm, CallArgs& a) {
  one_arg(vm, a, "factorial");
  BigInt n = arg_bigint(vm, a[0]);
  if (n.is_negative()) vm.raise(vm.e_value, "factorial() not defined for negative values");
  if (!n.fits_int64()) vm.raise(vm.e_overflow, "factorial() argument should not exceed 9223372036854775807");
  return vm.from_bigint(range_product(1, uint64_t(n.to_int64()))).release();
}

BigInt gcd2(BigInt a, BigInt b) {
  a = a.abs(); b = b.abs();
  return BigInt(BigInt::Rep(boost::multiprecision::gcd(a.rep(), b.rep())));
}

Value m_gcd(VM& vm, CallArgs& a) {
  if (a.nkw()) vm.type_error("gcd() takes no keyword arguments");
  BigInt g(0);
  for (size_t i = 0; i < a.n; ++i) g = gcd2(g, arg_bigint(vm, a[i]));
  return vm.from_bigint(g).release();
}
Value m_lcm(VM& vm, CallArgs& a) {
  if (a.nkw()) vm.type_error("lcm() takes no keyword arguments");
  BigInt l(1);
  for (size_t i = 0; i < a.n; ++i) {
    BigInt x = arg_bigint(vm, a[i]);
    if (l.is_zero() || x.is_zero()) { l = BigInt(0); continue; }
    l = (*BigInt::floordiv(l, gcd2(l, x)) * x).abs();
  }
  return vm.from_bigint(l).release();
}

Value m_isqrt(VM& vm, CallArgs& a) {
  one_arg(vm, a, "isqrt");
  BigInt n = arg_bigint(vm, a[0]);
  if (n.is_negative()) vm.raise(vm.e_value, "isqrt() argument must be nonnegative");
  return vm.from_bigint(BigInt(BigInt::Rep(boost::multiprecision::sqrt(n.rep())))).release();
}

// n * (n-1) * ... * (n-k+1) for 0 <= k <= n.
BigInt falling(const BigInt& n, const BigInt& k) {
  if (n.fits_int64() && k.fits_int64()) return range_product(uint64_t(n.to_int64() - k.to_int64() + 1), uint64_t(n.to_int64()));
  BigInt r(1);
  for (BigInt i(0); i < k; i = i + BigInt(1)) r = r * (n - i);
  return r;
}

void check_nk(VM& vm, const BigInt& n, const BigInt& k) {
  if (n.is_negative()) vm.raise(vm.e_value, "n must be a non-negative integer");
  if (k.is_negative()) vm.raise(vm.e_value, "k must be a non-negative integer");
}

Value m_comb(VM& vm, CallArgs& a) {
  n_args(vm, a, "comb", 2);
  BigInt n = arg_bigint(vm, a[0]), k = arg_bigint(vm, a[1]);
  check_nk(vm, n, k);
  if (k > n) return Value::small(0);
  if (n - k < k) k = n - k;
  if (!k.fits_int64()) vm.raise(vm.e_overflow, "min(n - k, k) must not exceed 9223372036854775807");
  return vm.from_bigint(*BigInt::floordiv(falling(n, k), range_product(1, uint64_t(k.to_int64())))).release();
}
Value m_perm(VM& vm, CallArgs& a) {
  if (a.nkw()) vm.type_error("perm() takes no keyword arguments");
  if (a.n < 1 || a.n > 2) vm.type_error(a.n < 1 ? "perm expected at least 1 argument, got 0" : "perm expected at most 2 arguments, got " + std::to_string(a.n));
  BigInt n = arg_bigint(vm, a[0]);
  if (a.n == 1 || a[1].is_none()) {
    if (n.is_negative()) vm.raise(vm.e_value, "n must be a non-negative integer");
    if (!n.fits_int64()) vm.raise(vm.e_overflow, "n must not exceed 9223372036854775807");
    return vm.from_bigint(range_product(1, uint64_t(n.to_int64()))).release();
  }
  BigInt k = arg_bigint(vm, a[1]);
  check_nk(vm, n, k);
  if (k > n) return Value::small(0);
  if (!k.fits_int64()) vm.raise(vm.e_overflow, "k must not exceed 9223372036854775807");
  return vm.from_bigint(falling(n, k)).release();
}

// prod(iterable, /, *, start=1): the items may come from a generator.
Task m_prod(VM& vm, CallArgs& a) {
  if (a.n != 1) vm.type_error("prod() takes exactly 1 positional argument (" + std::to_string(a.n) + " given)");
  Value st = a.kw("start");
  Ref total = st.is_null() ? Ref::steal(Value::small(1)) : Ref::borrow(st);
  Ref it = vm.get_iter(a[0]);
  for (;;) {
    Ref x = co_await vm.next(it.get());
    if (x.is_null()) break;
    total = vm.binary(total.get(), x.get(), B_MUL);
  }
  co_return total.release();
}

// fsum: Shewchuk's exact partial sums, then CPython's half-even fix-up.
Task m_fsum(VM& vm, CallArgs& a) {
  one_arg(vm, a, "fsum");
  Ref it = vm.get_iter(a[0]);
  std::vector<double> p;
  double special_sum = 0, inf_sum = 0;
  for (;;) {
    Ref item = co_await vm.next(it.get());
    if (item.is_null()) break;
    double x = arg_double(vm, item.get()), xsave = x;
    size_t i = 0;
    for (double y : p) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y, yr = hi - x, lo = y - yr;
      if (lo != 0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0) {
      if (!std::isfinite(x)) {
        // An infinite x comes from an overflow or from an inf/nan summand.
        if (std::isfinite(xsave)) vm.raise(vm.e_overflow, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0) {
    if (std::isnan(inf_sum)) vm.raise(vm.e_value, "-inf + inf in fsum");
    co_return Value::flt(special_sum);
  }
  double hi = 0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi, y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      double y = lo * 2, x = hi + y, yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  co_return Value::flt(hi);
}

}  // namespace

Ref make_math(VM& vm) {
  Ref mod = new_module(vm, "math");
  Value m = mod.get();
  module_set(vm, m, "pi", Value::flt(kPi));
  module_set(vm, m, "e", Value::flt(kE));
  module_set(vm, m, "tau", Value::flt(2 * kPi));
  module_set(vm, m, "inf", Value::flt(INFINITY));
  module_set(vm, m, "nan", Value::flt(NAN));
  def_unary(vm, m, std::make_index_sequence<std::size(kUnary)>());
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"log", m_log_fn}, {"log2", m_log2_fn}, {"log10", m_log10_fn}, {"floor", m_floor},
           {"ceil", m_ceil}, {"trunc", m_trunc}, {"atan2", m_atan2}, {"copysign", m_copysign},
           {"remainder", m_remainder}, {"fmod", m_fmod}, {"pow", m_pow}, {"degrees", m_degrees},
           {"radians", m_radians}, {"isfinite", m_isfinite}, {"isinf", m_isinf}, {"isnan", m_isnan},
           {"modf", m_modf}, {"frexp", m_frexp}, {"ldexp", m_ldexp}, {"ulp", m_ulp},
           {"nextafter", m_nextafter}, {"isclose", m_isclose}, {"hypot", m_hypot}, {"dist", m_dist},
           {"factorial", m_factorial}, {"gcd", m_gcd}, {"lcm", m_lcm}, {"isqrt", m_isqrt},
           {"comb", m_comb}, {"perm", m_perm}})
    module_def(vm, m, name, fn);
  module_def_co(vm, m, "prod", m_prod);
  module_def_co(vm, m, "fsum", m_fsum);
  return mod;
}

}  // namespace yl
