// float.hex() and float.fromhex(): exact hexadecimal forms of a double, in
// CPython's spelling ('0x1.8000000000000p+0'). fromhex rounds half to even,
// also into the subnormal range, so every string maps to the float CPython gives.
#include <cctype>
#include <cmath>
#include <cstdint>
#include "collections_ops.h"
#include "../vm.h"

namespace yl {

namespace {

constexpr int kMinExp = -1021;    // DBL_MIN_EXP
constexpr int kFracDigits = 13;   // (DBL_MANT_DIG - 1) / 4

std::string to_hex(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
  std::string out = std::signbit(x) ? "-0x" : "0x";
  if (x == 0) return out + "0.0p+0";
  int e;
  double m = std::frexp(std::fabs(x), &e);
  // One hex digit before the point: 1 for normal numbers, 0 for subnormals.
  int shift = 1 - std::max(kMinExp - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  const char* digits = "0123456789abcdef";
  int d = int(m);
  out += digits[d];
  m -= d;
  out += '.';
  for (int i = 0; i < kFracDigits; ++i) {
    m *= 16;
    d = int(m);
    out += digits[d];
    m -= d;
  }
  out += 'p';
  out += e < 0 ? '-' : '+';
  return out + std::to_string(std::abs(e));
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = char(std::tolower(static_cast<unsigned char>(c)));
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
  return true;
}

// M * 2**exp (M has its top bit set), rounded to a double; `sticky` says
// bits below M were not all zero.
double round_to_double(uint64_t m, int64_t exp, bool sticky, bool* overflow) {
  int64_t lead = exp + 63;                 // the exponent of M's top bit
  if (lead > 1023) { *overflow = true; return 0; }
  int64_t keep = std::min<int64_t>(53, lead + 1075);   // fewer bits for subnormals
  if (keep < 0) return 0;
  if (keep == 0) {                         // below half the smallest subnormal, or exactly half
    bool above_half = (m << 1) != 0 || sticky;
    return above_half ? std::ldexp(1.0, -1074) : 0.0;
  }
  int drop = int(64 - keep);
  uint64_t q = m >> drop, rem = m & ((uint64_t{1} << drop) - 1), half = uint64_t{1} << (drop - 1);
  if (rem > half || (rem == half && (sticky || (q & 1)))) ++q;
  double r = std::ldexp(double(q), int(exp + drop));
  if (std::isinf(r)) *overflow = true;
  return r;
}

double from_hex(VM& vm, std::string_view s) {
  auto bad = [&]() { vm.raise(vm.e_value, "invalid hexadecimal floating-point string"); };
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) { negative = s[0] == '-'; s.remove_prefix(1); }
  if (iequals(s, "inf") || iequals(s, "infinity")) return negative ? -INFINITY : INFINITY;
  if (iequals(s, "nan")) return NAN;
  if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s.remove_prefix(2);

  uint64_t m = 0;
  int significant = 0;     // digits taken into m (at most 16)
  int64_t exp = 0;         // power of two applied to m
  bool sticky = false, any_digit = false, seen_point = false;
  size_t i = 0;
  for (; i < s.size(); ++i) {
    if (s[i] == '.' && !seen_point) { seen_point = true; continue; }
    int d = hex_value(s[i]);
    if (d < 0) break;
    any_digit = true;
    if (significant == 0 && d == 0) { if (seen_point) exp -= 4; continue; }
    if (significant < 16) {
      m = m * 16 + uint64_t(d);
      ++significant;
      if (seen_point) exp -= 4;
    } else {
      sticky |= d != 0;
      if (!seen_point) exp += 4;
    }
  }
  if (!any_digit) bad();
  if (i < s.size()) {
    if (s[i] != 'p' && s[i] != 'P') bad();
    ++i;
    bool eneg = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) { eneg = s[i] == '-'; ++i; }
    if (i == s.size()) bad();
    int64_t e = 0;
    for (; i < s.size(); ++i) {
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) bad();
      if (e < 100000000) e = e * 10 + (s[i] - '0');   // beyond this it is 0 or inf anyway
    }
    exp += eneg ? -e : e;
  }
  if (m == 0) return negative ? -0.0 : 0.0;
  int lz = __builtin_clzll(m);
  m <<= lz;
  exp -= lz;
  bool overflow = false;
  double r = round_to_double(m, exp, sticky, &overflow);
  if (overflow) vm.raise(vm.e_overflow, "hexadecimal value too large to represent as a float");
  return negative ? -r : r;
}

Value float_hex(VM& vm, CallArgs& a) {
  check_args(vm, "hex", a, 1, 1);
  return vm.str(to_hex(a[0].as_float())).release();
}

Value float_fromhex(VM& vm, CallArgs& a) {
  check_args(vm, "fromhex", a, 2, 2);
  Value s = a[1];
  if (!(s.is_obj() && vm.type_of(s)->layout == Layout::Str))
    vm.type_error("must be str, not " + vm.type_of(s)->name);
  return Value::flt(from_hex(vm, as_str(s)->view()));
}

}  // namespace

void install_float_hex(VM& vm) {
  add_method(vm, vm.t_float, "hex", float_hex);
  // fromhex is a classmethod: float.fromhex(s) and (1.0).fromhex(s) both work.
  Ref f = vm.new_native("fromhex", float_fromhex, "float");
  Ref cm(make<Wrapper>(vm.t_classmethod, f.get()));
  dict_set(vm, vm.t_float->dict, vm.intern("fromhex"), cm.get());
}

}  // namespace yl
