// The statistics module's everyday part: mean, fmean, median (and _low,
// _high), mode, multimode, variance, pvariance, stdev, pstdev. Like CPython,
// the sums are exact: every int and float is a fraction a / 2**k, so the
// results are correctly rounded (mean([0.1, 0.2, 0.3]) is 0.2) and int data
// gives an int when the exact answer is whole (mean([1, 2, 3]) is 2).
#include <cmath>
#include "../objects/collections_ops.h"
#include "module.h"
#include "num_args.h"
#include "params.h"

namespace yl {

using num::BigInt;

namespace {

Type* statistics_error(VM& vm) {
  Ref mod = vm.import_module("statistics");
  Value t = dict_get_str(static_cast<Module*>(mod.get().as_obj())->dict, "StatisticsError");
  return static_cast<Type*>(t.as_obj());
}
[[noreturn]] void fail(VM& vm, const std::string& msg) { vm.raise(statistics_error(vm), msg); }

// The data as exact fractions over one power of two: x[i] == num[i] / 2**shift.
struct Exact {
  std::vector<BigInt> num;
  uint64_t shift = 0;
  bool any_float = false;
  bool finite = true;      // false: a nan or infinity (then only plain float sums make sense)
  double float_sum = 0;    // the plain sum, for that case
};

Exact exact_data(VM& vm, const std::vector<Ref>& data) {
  Exact e;
  std::vector<std::pair<BigInt, int64_t>> parts;  // value = m * 2**exp
  int64_t min_exp = 0;
  for (const Ref& r : data) {
    Value v = r.get();
    if (v.is_float()) {
      double d = v.as_float();
      e.any_float = true;
      e.float_sum += d;
      if (!std::isfinite(d)) { e.finite = false; continue; }
      int exp = 0;
      double frac = std::frexp(d, &exp);
      // frac * 2**53 is a whole number for every double.
      parts.emplace_back(*BigInt::from_double(std::ldexp(frac, 53)), int64_t(exp) - 53);
      min_exp = std::min(min_exp, int64_t(exp) - 53);
    } else if (vm.is_int(v)) {
      parts.emplace_back(int_value(v), 0);
      e.float_sum += vm.to_double(v);
    } else {
      vm.type_error("can't convert type '" + vm.type_of(v)->name + "' to numerator/denominator");
    }
  }
  e.shift = uint64_t(-min_exp);
  for (auto& [m, exp] : parts) e.num.push_back(m.shl(uint64_t(exp - min_exp)));
  return e;
}

// num / den as CPython's _convert gives it: an int for int data when whole,
// else a correctly rounded float.
Ref convert(VM& vm, const BigInt& num, const BigInt& den, bool as_float) {
  BigInt q, r;
  BigInt::divmod(num, den, &q, &r);
  if (!as_float && r.sign() == 0) return vm.from_bigint(q);
  return Ref::steal(Value::flt(*BigInt::true_divide(num, den)));
}

std::vector<Ref> data_arg(VM& vm, CallArgs& a, const char* name) {
  auto p = bind_params(vm, a, {name, {"data"}, 1, 1});
  return vm.collect(p[0]);
}

Value mean_fn(VM& vm, CallArgs& a) {
  auto data = data_arg(vm, a, "mean");
  if (data.empty()) fail(vm, "mean requires at least one data point");
  Exact e = exact_data(vm, data);
  if (!e.finite) return Value::flt(e.float_sum / double(data.size()));
  BigInt total(0);
  for (auto& x : e.num) total = total + x;
  return convert(vm, total, BigInt(int64_t(data.size())).shl(e.shift), e.any_float).release();
}

// fmean: the float sum (math.fsum, correctly rounded) divided by n.
Value fmean_fn(VM& vm, CallArgs& a) {
  auto data = data_arg(vm, a, "fmean");
  if (data.empty()) fail(vm, "fmean requires at least one data point");
  Exact e = exact_data(vm, data);
  if (!e.finite) return Value::flt(e.float_sum / double(data.size()));
  BigInt total(0);
  for (auto& x : e.num) total = total + x;
  bool overflow = false;
  auto sum = BigInt::true_divide(total, BigInt(1).shl(e.shift), &overflow);
  if (!sum) vm.raise(vm.e_overflow, "intermediate overflow in fsum");
  return Value::flt(*sum / double(data.size()));
}

// The data sorted as sorted() sorts it.
std::vector<Ref> sorted_data(VM& vm, CallArgs& a, const char* name) {
  auto data = data_arg(vm, a, name);
  std::vector<Value> vals;
  for (Ref& r : data) vals.push_back(r.get());
  timsort_values(vm, nullptr, vals.data(), vals.size(), false);
  std::vector<Ref> out;
  for (Value v : vals) out.push_back(Ref::borrow(v));
  return out;
}

Value median_fn(VM& vm, CallArgs& a) {
  auto d = sorted_data(vm, a, "median");
  size_t n = d.size();
  if (n == 0) fail(vm, "no median for empty data");
  if (n % 2) return Ref(d[n / 2]).release();
  Ref sum = vm.binary(d[n / 2 - 1].get(), d[n / 2].get(), B_ADD);
  return vm.binary(sum.get(), Value::small(2), B_TRUEDIV).release();
}
Value median_low_fn(VM& vm, CallArgs& a) {
  auto d = sorted_data(vm, a, "median_low");
  if (d.empty()) fail(vm, "no median for empty data");
  return Ref(d[(d.size() - 1) / 2]).release();
}
Value median_high_fn(VM& vm, CallArgs& a) {
  auto d = sorted_data(vm, a, "median_high");
  if (d.empty()) fail(vm, "no median for empty data");
  return Ref(d[d.size() / 2]).release();
}

// The values with the highest count, in order of first appearance.
Ref modes(VM& vm, const std::vector<Ref>& data) {
  Ref counts = vm.new_dict();
  Dict* c = counts.as<Dict>();
  for (const Ref& x : data) {
    Value old = dict_get(vm, c, x.get());
    dict_set(vm, c, x.get(), Value::small(old.is_null() ? 1 : old.as_int() + 1));
  }
  int64_t best = 0;
  size_t pos = 0; Value k, v;
  while (dict_next(c, &pos, &k, &v)) best = std::max(best, v.as_int());
  Ref out = vm.new_list();
  pos = 0;
  while (dict_next(c, &pos, &k, &v)) if (v.as_int() == best) list_append(out.as<List>(), k);
  return out;
}
Value mode_fn(VM& vm, CallArgs& a) {
  auto data = data_arg(vm, a, "mode");
  if (data.empty()) fail(vm, "no mode for empty data");
  Ref m = modes(vm, data);
  return Ref::borrow(m.as<List>()->items[0]).release();
}
Value multimode_fn(VM& vm, CallArgs& a) { return modes(vm, data_arg(vm, a, "multimode")).release(); }

// The sum of squared deviations as an exact fraction: n*S2 - S1**2 over n * 4**shift.
void squared_deviations(const Exact& e, BigInt* num, BigInt* den) {
  BigInt s1(0), s2(0);
  for (auto& x : e.num) { s1 = s1 + x; s2 = s2 + x * x; }
  BigInt n(int64_t(e.num.size()));
  *num = n * s2 - s1 * s1;
  *den = n.shl(2 * e.shift);
}

// sqrt(num / den) correctly rounded: an integer square root with enough
// extra bits (at least 55), its last bit set when inexact so the one final
// division rounds as the exact value would.
double sqrt_of_fraction(const BigInt& num, const BigInt& den) {
  int64_t q = (int64_t(num.bit_length()) - int64_t(den.bit_length()) - 110) / 2;
  BigInt n = q < 0 ? num.shl(uint64_t(-2 * q)) : num, d = q > 0 ? den.shl(uint64_t(2 * q)) : den;
  BigInt quot, rem;
  BigInt::divmod(n, d, &quot, &rem);
  BigInt root(BigInt::Rep(boost::multiprecision::sqrt(quot.rep())));
  if (!(root * root * d == n)) root = root | BigInt(1);
  if (q >= 0) return *BigInt::true_divide(root.shl(uint64_t(q)), BigInt(1));
  return *BigInt::true_divide(root, BigInt(1).shl(uint64_t(-q)));
}

Value spread(VM& vm, CallArgs& a, const char* name, bool sample, bool root) {
  auto p = bind_params(vm, a, {name, {"data"}, 1, 1});
  auto data = vm.collect(p[0]);
  size_t need = sample ? 2 : 1;
  if (data.size() < need)
    fail(vm, std::string(name) + " requires at least " + (sample ? "two data points" : "one data point"));
  Exact e = exact_data(vm, data);
  if (!e.finite) return Value::flt(NAN);
  BigInt num, den;
  squared_deviations(e, &num, &den);
  int64_t n = int64_t(data.size());
  den = den * BigInt(sample ? n - 1 : n);
  if (root) return Value::flt(sqrt_of_fraction(num, den));
  return convert(vm, num, den, e.any_float).release();
}
Value variance_fn(VM& vm, CallArgs& a) { return spread(vm, a, "variance", true, false); }
Value pvariance_fn(VM& vm, CallArgs& a) { return spread(vm, a, "pvariance", false, false); }
Value stdev_fn(VM& vm, CallArgs& a) { return spread(vm, a, "stdev", true, true); }
Value pstdev_fn(VM& vm, CallArgs& a) { return spread(vm, a, "pstdev", false, true); }

}  // namespace

Ref make_statistics(VM& vm) {
  Ref mod = new_module(vm, "statistics");
  Value m = mod.get();
  Type* err = vm.new_builtin_type("StatisticsError", Layout::Exception, vm.e_value);
  err->builtin = false;  // shown as statistics.StatisticsError
  Ref keep(err);
  dict_set(vm, err->dict, vm.intern("__module__"), vm.intern("statistics"));
  module_set(vm, m, "StatisticsError", Value::obj(err));
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"mean", mean_fn}, {"fmean", fmean_fn}, {"median", median_fn}, {"median_low", median_low_fn},
           {"median_high", median_high_fn}, {"mode", mode_fn}, {"multimode", multimode_fn},
           {"variance", variance_fn}, {"pvariance", pvariance_fn}, {"stdev", stdev_fn}, {"pstdev", pstdev_fn}})
    module_def(vm, m, name, fn);
  return mod;
}

}  // namespace yl
