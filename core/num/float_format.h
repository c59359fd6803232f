// CPython 3.11 float <-> text conversions and float arithmetic corner cases.
//
// Everything is built on the C library's snprintf("%.*e"/"%.*f") and strtod,
// which are correctly rounded in glibc and in Emscripten's musl (checked by
// tests/unit/num/float_format.test.cpp under both). Python's dtoa is also
// correctly rounded, so both produce the same digits.
//
// CPython behaviours matched:
//  * repr(x) / str(x): shortest round-tripping digits (David Gay's mode 0,
//    including the nearest-candidate choice at power-of-two boundaries),
//    exponent form when the decimal exponent is < -4 or >= 16,
//    'inf', '-inf', 'nan' (never '-nan'), '-0.0'.
//  * format(x, spec) bodies for e E f F g G n % and no type, with '#' and
//    CPython's rules for the no-type case (see format_float()).
//  * float(s): whitespace, one sign, underscores between digits only,
//    inf/infinity/nan in any case; hex floats and 'nan(...)' are rejected.
//    NOT matched: non-ASCII Unicode digits (float('١.٥') == 1.5).
//  * round(x, n): round-half-even on the exact binary value (round(2.675, 2)
//    == 2.67), round(x) half-even to an integral float.
//  * x // y, x % y, divmod for floats incl. the signs of zero results.
//  * x ** y corner cases (ZeroDivisionError, complex results, overflow).
//  * hash(x) equal to CPython's 64-bit float hash (hash(1.0) == hash(1)).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yl::num {

// repr(float) and str(float) (identical in Python 3).
std::string float_repr(double x);
inline std::string float_str(double x) { return float_repr(x); }

// A finite double's decimal digits: value = 0.DIGITS * 10**decpt, digits
// without trailing zeros (except "0" for zero).
struct DecimalDigits {
  bool negative = false;
  std::string digits;
  int decpt = 0;
};
// The shortest digits that read back as x (what repr() shows). x finite.
DecimalDigits shortest_digits(double x);

// format(x, spec)'s number text for one presentation type, before sign,
// grouping and padding are applied (format_spec does those):
//   type: 'e' 'E' 'f' 'F' 'g' 'G' 'n' '%' or '\0' (no type)
//   precision: -1 when not given (defaults: 6; no type -> repr digits)
//   alt: the '#' flag
// The result is the magnitude; *negative tells whether a '-' belongs in
// front (true for -0.0 too; never for NaN). With no_neg_zero (the 'z' flag)
// a result that rounds to zero gets no minus sign.
// inf and nan come out as "inf"/"nan" ("INF"/"NAN" for E F G), plus "%"
// for the '%' type.
std::string format_float(double x, char type, int precision, bool alt, bool no_neg_zero,
                         bool* negative);

// Convenience: format_float with the '-' sign prepended (the printf-style
// path and tests use it).
std::string format_float_signed(double x, char type, int precision, bool alt = false);

// float(text). nullopt => ValueError "could not convert string to float: "
// + repr(text) (full repr, CPython does not truncate here).
std::optional<double> parse_float(std::string_view text);

// round(x, ndigits) for a float; x returned unchanged for inf/nan/0.
// nullopt => OverflowError "rounded value too large to represent".
std::optional<double> round_float(double x, int64_t ndigits);
// round(x) with one argument: the nearest integral value, ties to even, as a
// float; the caller turns it into an int (BigInt::from_double) and raises
// for inf ("cannot convert float infinity to integer") / nan.
double round_half_even(double x);

// x // y, x % y and divmod(x, y) for floats. ok == false when y == 0:
// ZeroDivisionError "float floor division by zero" (//), "float modulo" (%),
// "float divmod()" (divmod); plain x / y says "float division by zero".
struct FloatDivMod {
  bool ok = false;
  double quot = 0;  // floor(x / y), computed like CPython (not a naive floor)
  double rem = 0;   // has the sign of y; 0.0 results carry y's sign
};
FloatDivMod float_divmod(double x, double y);

// x ** y for floats (also int ** negative int after conversion to float).
struct FloatPow {
  enum Status {
    kOk,
    kZeroDivision,  // ZeroDivisionError "0.0 cannot be raised to a negative power"
    kComplex,       // negative ** non-integer: CPython returns a complex
    kOverflow,      // OverflowError "(34, 'Numerical result out of range')"
  } status = kOk;
  double value = 0;
};
FloatPow float_pow(double x, double y);

// hash(x) as CPython computes it on 64-bit builds; equal numbers hash equal
// across int and float. NaN hashes by object identity in 3.10+, so the
// caller must not use this for NaN (returns 0 for it).
int64_t float_hash(double x);

}  // namespace yl::num
