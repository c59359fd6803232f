#include "num/bigint.h"

#include <cmath>
#include <cstring>
#include <iterator>
#include <limits>
#include <vector>

#include "num/text.h"

namespace yl::num {

namespace bmp = boost::multiprecision;
using Rep = BigInt::Rep;

namespace {

// Value of an ASCII digit/letter in bases up to 36, or 99 if none.
int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool is_pow2(int base) { return (base & (base - 1)) == 0; }

int log2_of(int base) {
  int k = 0;
  while ((1 << k) < base) ++k;
  return k;
}

// Largest k with base**k < 2**64, and base**k itself: lets conversions work
// on 64-bit chunks instead of one digit at a time.
void chunk_for_base(int base, int* k_out, uint64_t* pow_out) {
  uint64_t p = 1;
  int k = 0;
  while (p <= std::numeric_limits<uint64_t>::max() / static_cast<uint64_t>(base)) {
    p *= static_cast<uint64_t>(base);
    ++k;
  }
  *k_out = k;
  *pow_out = p;
}

const Rep& hash_modulus() {
  static const Rep p = (Rep(1) << 61) - 1;
  return p;
}

constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;

// Addition and subtraction of magnitudes, limb by limb. boost's own loops
// carry through a 128-bit integer, which costs about 16 host instructions a
// limb natively and more in wasm (where every 128-bit step is several i64
// operations); these carry through plain 64-bit compares. Wasm has no carry
// flag, so the loops keep the carry's chain from limb to limb short (see
// add_magnitudes): that made big-int addition in V8 20-30% faster (bench
// fib_big), native time unchanged. The result is always a fresh Rep, never
// an operand.
using Backend = Rep::backend_type;
using Limb = bmp::limb_type;

// r = |a| + |b|, as a non-negative number.
void add_magnitudes(Backend& r, const Backend& a, const Backend& b) {
  const Backend& longer = a.size() >= b.size() ? a : b;
  const Backend& shorter = a.size() >= b.size() ? b : a;
  unsigned n = longer.size(), m = shorter.size();
  r.resize(n + 1, n + 1);
  Limb* pr = r.limbs();
  const Limb* pa = longer.limbs();
  const Limb* pb = shorter.limbs();
  Limb carry = 0;
  unsigned i = 0;
  for (; i < m; ++i) {
    // The carry out is "generated" (a + b overflowed) or "propagated" (a + b
    // is all ones and a carry came in). Written so, the chain from one
    // limb's carry to the next is an and and an or; the rest of each limb
    // does not wait for it.
    Limb s = pa[i] + pb[i];
    Limb generated = s < pb[i];
    Limb propagates = s == ~Limb(0);
    pr[i] = s + carry;
    carry = generated | (propagates & carry);
  }
  for (; i < n; ++i) {
    Limb s = pa[i] + carry;
    carry = s < carry;
    pr[i] = s;
  }
  pr[n] = carry;
  r.normalize();
}

// r = |a| - |b| for |a| >= |b|, as a non-negative number.
void sub_magnitudes(Backend& r, const Backend& a, const Backend& b) {
  unsigned n = a.size(), m = b.size();
  r.resize(n, n);
  Limb* pr = r.limbs();
  const Limb* pa = a.limbs();
  const Limb* pb = b.limbs();
  Limb borrow = 0;
  unsigned i = 0;
  for (; i < m; ++i) {  // borrows the way add_magnitudes carries
    Limb d = pa[i] - pb[i];
    Limb generated = pa[i] < pb[i];
    Limb propagates = d == 0;
    pr[i] = d - borrow;
    borrow = generated | (propagates & borrow);
  }
  for (; i < n; ++i) {
    pr[i] = pa[i] - borrow;
    borrow = pa[i] < borrow;
  }
  r.normalize();
}

}  // namespace

BigInt BigInt::add(const BigInt& a, const BigInt& b, bool negate_b) {
  const Backend& x = a.v_.backend();
  const Backend& y = b.v_.backend();
  if (x.size() == 1 && y.size() == 1)  // boost adds single limbs without a loop
    return BigInt(negate_b ? Rep(a.v_ - b.v_) : Rep(a.v_ + b.v_));
  // A zero b may come out "negative" here; either branch below still gives a.
  bool x_neg = x.sign(), y_neg = y.sign() != negate_b;
  Rep r;
  Backend& out = r.backend();
  if (x_neg == y_neg) {
    add_magnitudes(out, x, y);
    out.sign(x_neg);
    return BigInt(std::move(r));
  }
  int c = x.compare_unsigned(y);
  if (c == 0) return BigInt();
  // Opposite signs: the larger magnitude keeps its sign.
  if (c > 0) { sub_magnitudes(out, x, y); out.sign(x_neg); }
  else { sub_magnitudes(out, y, x); out.sign(y_neg); }
  return BigInt(std::move(r));
}

std::string int_parse_error_message(const IntParseError& err, int base,
                                    std::string_view repr_of_input) {
  switch (err.kind) {
    case IntParseError::kBadBase:
      return "int() base must be >= 2 and <= 36, or 0";
    case IntParseError::kTooManyDigits:
      return "Exceeds the limit (4300 digits) for integer string conversion: value has " +
             std::to_string(err.digits) +
             " digits; use sys.set_int_max_str_digits() to increase the limit";
    case IntParseError::kInvalid:
    case IntParseError::kNone:
      break;
  }
  // CPython formats the argument with %.200R: its repr, cut to 200 characters.
  std::string_view shown = repr_of_input.substr(0, utf8_prefix_bytes(repr_of_input, 200));
  return "invalid literal for int() with base " + std::to_string(base) + ": " +
         std::string(shown);
}

// ---------------------------------------------------------------------------
// Parsing

std::optional<BigInt> BigInt::from_string(std::string_view text, int base, IntParseError* err) {
  auto fail = [&](IntParseError::Kind kind, size_t digits = 0) -> std::optional<BigInt> {
    if (err) *err = IntParseError{kind, digits};
    return std::nullopt;
  };
  if (base != 0 && (base < 2 || base > 36)) return fail(IntParseError::kBadBase);

  std::string_view s = strip_number_space(text);
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    negative = s[i] == '-';
    ++i;
  }
  // A prefix is only a prefix when it agrees with the base: int('0b1', 16)
  // reads the 'b' as a hex digit (== 177).
  bool prefixed = false;
  if (i + 1 < s.size() && s[i] == '0') {
    char p = s[i + 1] | 0x20;  // ASCII lowercase
    int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefix_base != 0 && (base == 0 || base == prefix_base)) {
      base = prefix_base;
      prefixed = true;
      i += 2;
    }
  }
  // Base 0 without prefix is decimal, but Python 3 forbids C-style octal
  // ('010'); all-zero strings like '00' or '0_0' are still fine.
  bool forbid_leading_zero = false;
  if (base == 0) {
    base = 10;
    forbid_leading_zero = true;
  }
  if (prefixed && i < s.size() && s[i] == '_') ++i;  // '0x_1f' is valid

  // Scan digits; a '_' must sit between two digits. Like CPython, scanning
  // stops at the first other character: the digit limit is checked before
  // trailing garbage is reported.
  std::vector<uint8_t> digits;
  digits.reserve(s.size() - i);
  while (i < s.size()) {
    char c = s[i];
    if (c == '_') {
      if (digits.empty()) return fail(IntParseError::kInvalid);
      if (i + 1 >= s.size() || digit_value(s[i + 1]) >= base) return fail(IntParseError::kInvalid);
      ++i;
      continue;
    }
    int d = digit_value(c);
    if (d >= base) break;
    digits.push_back(static_cast<uint8_t>(d));
    ++i;
  }
  if (!is_pow2(base) && digits.size() > kMaxStrDigits)
    return fail(IntParseError::kTooManyDigits, digits.size());
  if (digits.empty() || i != s.size()) return fail(IntParseError::kInvalid);
  if (forbid_leading_zero && digits[0] == 0) {
    for (uint8_t d : digits)
      if (d != 0) return fail(IntParseError::kInvalid);
  }

  Rep value = 0;
  if (is_pow2(base)) {
    int bits = log2_of(base);
    for (uint8_t d : digits) {
      value <<= bits;
      value |= d;
    }
  } else {
    int k;
    uint64_t full_pow;
    chunk_for_base(base, &k, &full_pow);
    size_t pos = 0;
    // The first chunk takes the remainder so all later chunks are full.
    size_t first = digits.size() % k;
    if (first == 0) first = k;
    while (pos < digits.size()) {
      size_t take = pos == 0 ? first : static_cast<size_t>(k);
      uint64_t chunk = 0, mul = 1;
      for (size_t j = 0; j < take; ++j) {
        chunk = chunk * base + digits[pos + j];
        mul *= base;
      }
      value *= mul;
      value += chunk;
      pos += take;
    }
    (void)full_pow;
  }
  if (negative) value = -value;
  if (err) *err = IntParseError{};
  return BigInt(std::move(value));
}

std::optional<BigInt> BigInt::from_double(double x) {
  if (!std::isfinite(x)) return std::nullopt;
  double t = std::trunc(x);
  if (std::fabs(t) < 9.2e18) return BigInt(static_cast<int64_t>(t));
  // |t| >= 2**63: t = mantissa * 2**(e-53) with a 53-bit integer mantissa.
  int e;
  double m = std::frexp(t, &e);
  auto mant = static_cast<int64_t>(std::ldexp(m, 53));
  return BigInt(Rep(Rep(mant) << (e - 53)));
}

// ---------------------------------------------------------------------------
// Conversions

// Our own digits rather than cpp_int::str(): that one formats through
// std::ios_base, which links libc++'s whole locale and iostream machinery
// into the wasm download (about 70 KB of code).
std::string BigInt::to_string() const { return to_string_base(10); }

std::optional<std::string> BigInt::to_decimal_limited(size_t max_digits) const {
  uint64_t bits = bit_length();
  // |n| >= 2**(bits-1), so it has more than (bits-1)*log10(2) digits; the
  // margin keeps float error from ever refusing a number that fits.
  if (bits > 0 && static_cast<double>(bits - 1) * 0.30102999566398120 > max_digits + 1.0)
    return std::nullopt;
  std::string s = to_string();
  size_t ndigits = s.size() - (is_negative() ? 1 : 0);
  if (ndigits > max_digits) return std::nullopt;
  return s;
}

std::string BigInt::to_string_base(int base) const {
  if (is_zero()) return "0";
  static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  Rep m = bmp::abs(v_);
  std::string out;  // built least significant digit first
  if (is_pow2(base)) {
    // Read the magnitude as bytes (least significant first) and cut it into
    // groups of log2(base) bits, which need not align with bytes (octal).
    std::vector<uint8_t> bytes;
    bmp::export_bits(m, std::back_inserter(bytes), 8, /*msv_first=*/false);
    int bits = log2_of(base);
    uint64_t total_bits = bit_length();
    for (uint64_t pos = 0; pos < total_bits; pos += bits) {
      int d = 0;
      for (int b = 0; b < bits; ++b) {
        uint64_t bit = pos + b;
        if (bit / 8 < bytes.size() && (bytes[bit / 8] >> (bit % 8) & 1)) d |= 1 << b;
      }
      out += kDigits[d];
    }
  } else {
    int k;
    uint64_t chunk_pow;
    chunk_for_base(base, &k, &chunk_pow);
    while (!m.is_zero()) {
      Rep q, r;
      bmp::divide_qr(m, Rep(chunk_pow), q, r);
      auto chunk = r.convert_to<uint64_t>();
      for (int j = 0; j < k && (chunk != 0 || !q.is_zero()); ++j) {
        out += kDigits[chunk % base];
        chunk /= base;
      }
      m = std::move(q);
    }
  }
  while (out.size() > 1 && out.back() == '0') out.pop_back();
  if (is_negative()) out += '-';
  return std::string(out.rbegin(), out.rend());
}

std::string BigInt::to_python_base(int base) const {
  const char* prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
  std::string digits = abs().to_string_base(base);
  return (is_negative() ? "-" : "") + std::string(prefix) + digits;
}

bool BigInt::fits_int64() const {
  static const Rep lo(std::numeric_limits<int64_t>::min());
  static const Rep hi(std::numeric_limits<int64_t>::max());
  return v_ >= lo && v_ <= hi;
}

int64_t BigInt::to_int64() const { return v_.convert_to<int64_t>(); }

std::optional<double> BigInt::to_double() const {
  if (is_zero()) return 0.0;
  uint64_t bits = bit_length();
  if (bits > 1024) return std::nullopt;
  Rep m = bmp::abs(v_);
  double result;
  if (bits <= 64) {
    // Integer-to-double conversion rounds to nearest-even in hardware (x86
    // cvtsi2sd, wasm f64.convert_i64_u).
    result = static_cast<double>(m.convert_to<uint64_t>());
  } else {
    // Keep 54 bits (53 + one rounding bit); everything below is "sticky".
    uint64_t shift = bits - 54;
    uint64_t top = Rep(m >> shift).convert_to<uint64_t>();
    bool sticky = bmp::lsb(m) < shift;
    if ((top & 1) && (sticky || (top & 2))) top += 2;  // round half to even
    top >>= 1;
    result = std::ldexp(static_cast<double>(top), static_cast<int>(shift + 1));
  }
  if (std::isinf(result)) return std::nullopt;
  return is_negative() ? -result : result;
}

// ---------------------------------------------------------------------------
// Queries

uint64_t BigInt::bit_length() const {
  if (is_zero()) return 0;
  return bmp::msb(bmp::abs(v_)) + 1;
}

int64_t BigInt::hash() const {
  if (fits_int64()) return hash_i64(to_int64());
  Rep r = bmp::abs(v_) % hash_modulus();
  auto h = r.convert_to<int64_t>();
  if (is_negative()) h = -h;
  return h == -1 ? -2 : h;
}

// ---------------------------------------------------------------------------
// Division

bool BigInt::divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  if (b.is_zero()) return false;
  Rep qq, rr;
  bmp::divide_qr(a.v_, b.v_, qq, rr);  // truncating
  // Python floors: when the remainder's sign disagrees with the divisor's,
  // move the quotient down one and the remainder into the divisor's range.
  if (!rr.is_zero() && (rr.sign() < 0) != (b.v_.sign() < 0)) {
    qq -= 1;
    rr += b.v_;
  }
  if (q) *q = BigInt(std::move(qq));
  if (r) *r = BigInt(std::move(rr));
  return true;
}

std::optional<BigInt> BigInt::floordiv(const BigInt& a, const BigInt& b) {
  BigInt q;
  if (!divmod(a, b, &q, nullptr)) return std::nullopt;
  return q;
}

std::optional<BigInt> BigInt::mod(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (!divmod(a, b, nullptr, &r)) return std::nullopt;
  return r;
}

std::optional<double> BigInt::true_divide(const BigInt& a, const BigInt& b, bool* overflow) {
  if (overflow) *overflow = false;
  if (b.is_zero()) return std::nullopt;
  // 0/-5 is -0.0 in CPython: the sign comes from the operands' signs with 0
  // counting as positive.
  bool negative = a.is_negative() != b.is_negative();
  constexpr uint64_t kExact = uint64_t{1} << 53;
  if (a.is_zero()) return negative ? -0.0 : 0.0;
  Rep x = bmp::abs(a.v_), y = bmp::abs(b.v_);
  if (x <= kExact && y <= kExact) {
    // Both operands are exact doubles, so IEEE division rounds correctly.
    double r = x.convert_to<double>() / y.convert_to<double>();
    return negative ? -r : r;
  }
  // x/y lies in [2**(e-1), 2**(e+1)). Compute floor(x * 2**-k / y) with
  // k chosen to leave at least 55 significant bits (or to reach 2 bits below
  // the subnormal grid), then round once to the double grid.
  int64_t e = static_cast<int64_t>(bmp::msb(x)) - static_cast<int64_t>(bmp::msb(y));
  if (e > 1025) {
    if (overflow) *overflow = true;
    return std::nullopt;
  }
  if (e < -1200) return negative ? -0.0 : 0.0;  // far below the smallest subnormal
  int64_t k = std::max<int64_t>(e - 56, -1076);
  Rep num = x, den = y;
  if (k < 0) num <<= static_cast<unsigned>(-k);
  else den <<= static_cast<unsigned>(k);
  Rep q, r;
  bmp::divide_qr(num, den, q, r);
  bool sticky = !r.is_zero();
  int64_t top = static_cast<int64_t>(bmp::msb(q)) + k;  // exponent of the leading bit
  int64_t grid = std::max<int64_t>(top - 52, -1074);    // exponent of the last kept bit
  auto shift = static_cast<unsigned>(grid - k);          // >= 2 by the choice of k
  if (bmp::lsb(q) < shift - 1) sticky = true;            // bits below the rounding bit
  uint64_t kept = Rep(q >> shift).convert_to<uint64_t>();
  bool round_bit = bmp::bit_test(q, shift - 1);
  if (round_bit && (sticky || (kept & 1))) ++kept;
  double result = std::ldexp(static_cast<double>(kept), static_cast<int>(grid));
  if (std::isinf(result)) {
    if (overflow) *overflow = true;
    return std::nullopt;
  }
  return negative ? -result : result;
}

// ---------------------------------------------------------------------------
// Powers

BigInt BigInt::pow(const BigInt& base, uint64_t exp) {
  // Bases 0, 1, -1 never grow, so huge exponents are fine for them.
  if (base.v_ == 1 || exp == 0) return BigInt(1);
  if (base.is_zero()) return BigInt(0);
  if (base.v_ == -1) return BigInt((exp & 1) ? -1 : 1);
  return BigInt(Rep(bmp::pow(base.v_, static_cast<unsigned>(exp))));
}

std::optional<BigInt> BigInt::pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod,
                                      const char** error) {
  if (mod.is_zero()) {
    if (error) *error = "pow() 3rd argument cannot be 0";
    return std::nullopt;
  }
  Rep m = bmp::abs(mod.v_);
  if (m == 1) return BigInt(0);  // CPython checks this before inverting
  Rep b = base.v_ % m;
  if (b.sign() < 0) b += m;
  Rep e = exp.v_;
  if (e.sign() < 0) {
    // Modular inverse by the extended Euclidean algorithm on (b, m).
    Rep old_r = b, r = m, old_s = 1, s = 0;
    while (!r.is_zero()) {
      Rep q = old_r / r;
      Rep t = old_r - q * r;
      old_r = std::move(r);
      r = std::move(t);
      t = old_s - q * s;
      old_s = std::move(s);
      s = std::move(t);
    }
    if (old_r != 1) {
      if (error) *error = "base is not invertible for the given modulus";
      return std::nullopt;
    }
    b = old_s % m;
    if (b.sign() < 0) b += m;
    e = -e;
  }
  Rep result = bmp::powm(b, e, m);
  // The result takes the sign of the modulus: pow(2, 3, -5) == -2.
  if (mod.is_negative() && !result.is_zero()) result -= m;
  return BigInt(std::move(result));
}

// ---------------------------------------------------------------------------
// Shifts

BigInt BigInt::shl(uint64_t n) const {
  if (is_zero() || n == 0) return *this;
  return BigInt(Rep(v_ << static_cast<unsigned>(n)));
}

BigInt BigInt::shr(uint64_t n) const {
  if (n == 0) return *this;
  if (n >= bit_length()) return BigInt(is_negative() ? -1 : 0);
  if (!is_negative()) return BigInt(Rep(v_ >> static_cast<unsigned>(n)));
  // Floor for negatives: -x >> n == ~((x - 1) >> n) == -(((x - 1) >> n) + 1).
  Rep x = -v_ - 1;
  return BigInt(Rep(-(x >> static_cast<unsigned>(n)) - 1));
}

// ---------------------------------------------------------------------------
// Comparisons

int BigInt::compare_double(double d) const {
  if (fits_int64()) return compare_i64_double(to_int64(), d);
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  // |*this| >= 2**63 here. Compare with trunc(d) exactly, then let d's
  // fractional part break a tie (it is zero whenever |d| >= 2**52).
  double t = std::trunc(d);
  auto ti = BigInt::from_double(t);
  int c = v_.compare(ti->v_);
  if (c != 0) return c < 0 ? -1 : 1;
  double frac = d - t;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

// ---------------------------------------------------------------------------
// int64 helpers

bool pow_i64(int64_t base, uint64_t exp, int64_t* out) {
  int64_t result = 1;
  int64_t b = base;
  while (true) {
    if (exp & 1) {
      if (!mul_i64(result, b, &result)) return false;
    }
    exp >>= 1;
    if (exp == 0) break;
    if (!mul_i64(b, b, &b)) {
      // b*b overflowed but may not be needed: only |base| <= 1 could still
      // fit, and those never overflow when squared.
      return false;
    }
  }
  *out = result;
  return true;
}

int64_t hash_i64(int64_t v) {
  uint64_t mag = v < 0 ? uint64_t{0} - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  auto h = static_cast<int64_t>(mag % kHashModulus);
  if (v < 0) h = -h;
  return h == -1 ? -2 : h;
}

int compare_i64_double(int64_t v, double d) {
  constexpr int64_t kExact = int64_t{1} << 53;
  if (v >= -kExact && v <= kExact) {
    // v converts exactly, so a double comparison is an exact comparison.
    auto dv = static_cast<double>(v);
    return dv < d ? -1 : dv > d ? 1 : 0;
  }
  if (d >= 9223372036854775808.0) return -1;  // 2**63 and above, incl. inf
  if (d < -9223372036854775808.0) return 1;
  // |d| >= 2**53 would already be an integer; otherwise its integer part still
  // fits, and v is bigger in magnitude than any fractional tie-break.
  auto t = static_cast<int64_t>(std::trunc(d));
  if (v != t) return v < t ? -1 : 1;
  double frac = d - std::trunc(d);
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

}  // namespace yl::num
