// Arbitrary-precision integers with CPython 3.11 `int` semantics.
//
// BigInt wraps boost::multiprecision::cpp_int. The interpreter keeps small
// ints as int64_t and only promotes to BigInt when an operation overflows;
// the `*_i64` helpers at the bottom give it cheap overflow-checked fast paths.
//
// CPython behaviours matched (verified against python3.11 in
// tests/unit/num/bigint.test.cpp):
//  * int(s, base): surrounding whitespace (ASCII + non-ASCII Unicode spaces,
//    but not \x1c..\x1f), one optional sign, 0x/0o/0b prefixes when base is 0
//    or equals the prefix's base, single underscores between digits or right
//    after a prefix, base 0 rejects leading zeros ('010'), base 2..36.
//    The 4300-digit limit of sys.get_int_max_str_digits() applies to
//    non-power-of-two bases (counting digits, not underscores).
//    NOT matched: non-ASCII Unicode decimal digits (int('١٢') == 12).
//  * // and % floor toward -infinity (the remainder takes the divisor's sign).
//  * & | ^ ~ << >> act on an infinite two's-complement representation, and
//    >> of a negative number floors (-1 >> 100 == -1).
//  * pow(b, e, m): result has the sign of m; negative e means modular inverse
//    (3.8+); error texts are CPython's.
//  * float(n) is correctly rounded (round-half-even) and overflows exactly when
//    CPython raises "int too large to convert to float".
//  * a / b (true division) is correctly rounded, including subnormal results.
//  * hash(n) is CPython's 64-bit hash: sign * (|n| mod 2**61-1), -1 -> -2.
//  * str(n) and int(s) refuse more than 4300 decimal digits (3.11.7 default).
#pragma once
#include <boost/multiprecision/cpp_int.hpp>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace yl::num {

// CPython's default sys.get_int_max_str_digits().
inline constexpr size_t kMaxStrDigits = 4300;
// ValueError text for str(n) of a too long int.
inline constexpr const char* kStrDigitsLimitMessage =
    "Exceeds the limit (4300 digits) for integer string conversion; "
    "use sys.set_int_max_str_digits() to increase the limit";

// Why int(s, base) failed.
struct IntParseError {
  enum Kind {
    kNone,
    kBadBase,        // ValueError: int() base must be >= 2 and <= 36, or 0
    kInvalid,        // ValueError: invalid literal for int() with base B: <repr(s)>
    kTooManyDigits,  // ValueError: see int_parse_error_message()
  } kind = kNone;
  size_t digits = 0;  // for kTooManyDigits: the number of digits seen
};

// The ValueError message for a failed parse. `repr_of_input` is the Python
// repr() of the original argument (quotes included) - the caller owns str
// repr; it is cut to 200 characters like CPython's %.200R. `base` is the
// base the caller passed (0 stays 0 in the message).
std::string int_parse_error_message(const IntParseError& err, int base,
                                    std::string_view repr_of_input);

class BigInt {
 public:
  using Rep = boost::multiprecision::cpp_int;

  BigInt() = default;
  // Implicit from any built-in integer on purpose: ints mix freely. (A
  // template, because int64_t is `long` on Linux but `long long` in wasm.)
  template <class T, class = std::enable_if_t<std::is_integral_v<T>>>
  BigInt(T v) : v_(v) {}  // NOLINT
  explicit BigInt(Rep v) : v_(std::move(v)) {}
  static BigInt from_uint64(uint64_t v) { return BigInt(Rep(v)); }

  // int(text, base). base is 0 or 2..36. nullopt on failure, with the reason
  // in *err if given.
  static std::optional<BigInt> from_string(std::string_view text, int base = 10,
                                           IntParseError* err = nullptr);

  // int(x) for a float: truncates toward zero. nullopt for inf (OverflowError
  // "cannot convert float infinity to integer") and NaN (ValueError "cannot
  // convert float NaN to integer"); the caller picks the message via isnan.
  static std::optional<BigInt> from_double(double x);

  // ---- conversions ----
  // Decimal digits with a leading '-' if negative. No digit limit: use
  // to_decimal_limited() for str()/repr() to get CPython's ValueError.
  std::string to_string() const;
  // nullopt when the result would have more than max_digits digits (the
  // sign does not count), in which case raise ValueError(kStrDigitsLimitMessage).
  std::optional<std::string> to_decimal_limited(size_t max_digits = kMaxStrDigits) const;
  // Digits in `base` (2..36, lowercase), leading '-' if negative, no prefix.
  std::string to_string_base(int base) const;
  // bin()/oct()/hex(): base 2, 8 or 16 with Python's prefix after the sign,
  // e.g. hex(-255) == "-0xff", bin(0) == "0b0".
  std::string to_python_base(int base) const;

  bool fits_int64() const;
  int64_t to_int64() const;  // precondition: fits_int64()
  // float(n), correctly rounded. nullopt => OverflowError
  // "int too large to convert to float".
  std::optional<double> to_double() const;

  const Rep& rep() const { return v_; }

  // ---- queries ----
  int sign() const { return v_.sign(); }  // -1, 0, 1
  bool is_zero() const { return v_.is_zero(); }
  bool is_negative() const { return v_.sign() < 0; }
  bool is_odd() const { return boost::multiprecision::bit_test(v_, 0); }
  // int.bit_length(): bits of |n|, 0 for 0.
  uint64_t bit_length() const;
  // hash(n) as CPython computes it on 64-bit builds.
  int64_t hash() const;

  // ---- arithmetic (Python semantics) ----
  friend BigInt operator+(const BigInt& a, const BigInt& b) { return add(a, b, false); }
  friend BigInt operator-(const BigInt& a, const BigInt& b) { return add(a, b, true); }
  friend BigInt operator*(const BigInt& a, const BigInt& b) { return BigInt(Rep(a.v_ * b.v_)); }
  BigInt operator-() const { return BigInt(Rep(-v_)); }
  BigInt abs() const { return BigInt(Rep(boost::multiprecision::abs(v_))); }

  // a // b and a % b, flooring. nullopt when b == 0 (ZeroDivisionError:
  // "integer division or modulo by zero" for //, "integer modulo by zero" for %).
  static std::optional<BigInt> floordiv(const BigInt& a, const BigInt& b);
  static std::optional<BigInt> mod(const BigInt& a, const BigInt& b);
  // divmod(a, b); false when b == 0 ("integer division or modulo by zero").
  static bool divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
  // a / b as a correctly rounded float. Errors: b == 0 ->
  // ZeroDivisionError "division by zero"; too large -> *overflow = true,
  // OverflowError "integer division result too large for a float".
  static std::optional<double> true_divide(const BigInt& a, const BigInt& b,
                                           bool* overflow = nullptr);

  // a ** e for e >= 0. Bases 0, 1, -1 accept any exponent; otherwise the
  // caller must refuse results it cannot hold (CPython would grind and
  // eventually raise MemoryError) - exponents above 2**32 are truncated.
  static BigInt pow(const BigInt& base, uint64_t exp);
  // pow(base, exp, mod). nullopt with *error set to CPython's ValueError text
  // ("pow() 3rd argument cannot be 0" or
  // "base is not invertible for the given modulus").
  static std::optional<BigInt> pow_mod(const BigInt& base, const BigInt& exp,
                                       const BigInt& mod, const char** error = nullptr);

  // ---- bit operations (two's complement of infinite width) ----
  friend BigInt operator&(const BigInt& a, const BigInt& b) { return BigInt(Rep(a.v_ & b.v_)); }
  friend BigInt operator|(const BigInt& a, const BigInt& b) { return BigInt(Rep(a.v_ | b.v_)); }
  friend BigInt operator^(const BigInt& a, const BigInt& b) { return BigInt(Rep(a.v_ ^ b.v_)); }
  BigInt operator~() const { return BigInt(Rep(-v_ - 1)); }
  // a << n and a >> n for a non-negative count (a negative count is
  // ValueError "negative shift count"; the caller checks). The caller should
  // refuse absurd left shifts (CPython raises OverflowError/MemoryError).
  BigInt shl(uint64_t n) const;
  BigInt shr(uint64_t n) const;  // floors: -5 >> 1 == -3

  // ---- comparisons ----
  friend bool operator==(const BigInt& a, const BigInt& b) { return a.v_ == b.v_; }
  friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) {
    int c = a.v_.compare(b.v_);
    return c < 0 ? std::strong_ordering::less
                 : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
  }
  // Exact comparison of an int with a float (Python compares the exact values,
  // so 2**53 + 1 != 2.0**53). Returns -1, 0, 1; `d` must not be NaN (every
  // comparison with NaN is False except !=).
  int compare_double(double d) const;

  // ---- int64 overflow promotion ----
  // Exact results of int64 operations that overflowed (see add_i64 & co.).
  static BigInt wide_add(int64_t a, int64_t b) { return BigInt(Rep(Rep(a) + b)); }
  static BigInt wide_sub(int64_t a, int64_t b) { return BigInt(Rep(Rep(a) - b)); }
  static BigInt wide_mul(int64_t a, int64_t b) { return BigInt(Rep(Rep(a) * b)); }

 private:
  // a + b, or a - b when `negate_b`.
  static BigInt add(const BigInt& a, const BigInt& b, bool negate_b);

  Rep v_;
};

// ---- int64 fast paths: true when the result fits, false means "redo it
// with BigInt". Divisor-zero checks are the caller's job. ----
inline bool add_i64(int64_t a, int64_t b, int64_t* out) { return !__builtin_add_overflow(a, b, out); }
inline bool sub_i64(int64_t a, int64_t b, int64_t* out) { return !__builtin_sub_overflow(a, b, out); }
// Factors below 2**31 in magnitude (nearly all) skip the overflow check,
// which in wasm is a call to a 128-bit multiply (__multi3).
inline bool mul_i64(int64_t a, int64_t b, int64_t* out) {
  if (uint64_t(a) + 0x80000000u < 0x100000000u && uint64_t(b) + 0x80000000u < 0x100000000u) {
    *out = a * b;
    return true;
  }
  return !__builtin_mul_overflow(a, b, out);
}
inline bool neg_i64(int64_t a, int64_t* out) { return !__builtin_sub_overflow(int64_t{0}, a, out); }
// Python floor division; only INT64_MIN // -1 overflows. b != 0.
inline bool floordiv_i64(int64_t a, int64_t b, int64_t* out) {
  if (b == -1) return neg_i64(a, out);
  int64_t q = a / b;
  // C truncates; step down when the exact quotient was negative and inexact.
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  *out = q;
  return true;
}
// Python modulo: the result has the sign of b (never overflows). b != 0.
inline int64_t mod_i64(int64_t a, int64_t b) {
  if (b == -1) return 0;  // INT64_MIN % -1 traps in C
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}
// a << n (n >= 0) without losing bits.
inline bool shl_i64(int64_t a, uint64_t n, int64_t* out) {
  if (a == 0) { *out = 0; return true; }
  if (n >= 64) return false;
  int64_t r = static_cast<int64_t>(static_cast<uint64_t>(a) << n);
  if ((r >> n) != a) return false;
  *out = r;
  return true;
}
// a >> n (n >= 0), flooring like Python.
inline int64_t shr_i64(int64_t a, uint64_t n) {
  if (n >= 63) return a < 0 ? -1 : 0;
  return a >> n;  // arithmetic shift on both g++ and clang (C++20 guarantees it)
}
// a ** e for e >= 0 by repeated squaring; false on overflow.
bool pow_i64(int64_t base, uint64_t exp, int64_t* out);
// hash(n) for a small int, identical to BigInt(n).hash().
int64_t hash_i64(int64_t v);
// Exact int/float comparison for a small int (see BigInt::compare_double).
int compare_i64_double(int64_t v, double d);

}  // namespace yl::num
