#include "num/float_format.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "num/text.h"

namespace yl::num {

namespace {

// snprintf into a std::string, growing past the stack buffer when needed
// (format(1e300, '.100f') is hundreds of characters).
std::string c_format(const char* fmt, int precision, double x) {
  char buf[400];
  int n = std::snprintf(buf, sizeof buf, fmt, precision, x);
  if (n < 0) return std::string();
  if (static_cast<size_t>(n) < sizeof buf) return std::string(buf, static_cast<size_t>(n));
  std::string s(static_cast<size_t>(n) + 1, '\0');
  std::snprintf(s.data(), s.size(), fmt, precision, x);
  s.resize(static_cast<size_t>(n));
  return s;
}

// Splits "%e" output of a non-negative finite number ("d.ddde+XX" or
// "de+XX") into its digits and decimal exponent.
void split_exp_form(const std::string& s, std::string* digits, int* exp10) {
  digits->clear();
  size_t i = 0;
  for (; i < s.size() && s[i] != 'e' && s[i] != 'E'; ++i)
    if (s[i] != '.') digits->push_back(s[i]);
  *exp10 = i < s.size() ? std::atoi(s.c_str() + i + 1) : 0;
}

double read_back(const std::string& digits, int exp10) {
  std::string s = digits;
  s += 'e';
  s += std::to_string(exp10 - static_cast<int>(digits.size()) + 1);
  return std::strtod(s.c_str(), nullptr);
}

void strip_trailing_zeros(std::string* digits) {
  while (digits->size() > 1 && digits->back() == '0') digits->pop_back();
}

// Adds +1 or -1 in the last place of a digit string whose value is
// D[0].D[1..] * 10**exp10, keeping the digit count.
void bump_last_digit(std::string* digits, int* exp10, int delta) {
  std::string& d = *digits;
  if (delta > 0) {
    size_t i = d.size();
    while (i > 0 && d[i - 1] == '9') d[--i] = '0';
    if (i == 0) {  // 999..9 + 1 = 1000..0 one decade up
      d[0] = '1';
      ++*exp10;
    } else {
      ++d[i - 1];
    }
  } else {
    size_t i = d.size();
    while (i > 0 && d[i - 1] == '0') d[--i] = '9';
    --d[i - 1];
    if (d[0] == '0') {  // 1000..0 - 1 = 999..9 one decade down
      d.assign(d.size(), '9');
      --*exp10;
    }
  }
}

std::string exponent_suffix(char e_char, int exp10) {
  std::string s(1, e_char);
  s += exp10 < 0 ? '-' : '+';
  int a = exp10 < 0 ? -exp10 : exp10;
  if (a < 10) s += '0';
  s += std::to_string(a);
  return s;
}

// Places the decimal point the way CPython's format_float_short does for the
// 'r' and no-type modes. value = 0.DIGITS * 10**decpt.
//   min_frac: minimum number of digits after the point (zero padded)
//   alt: always show the point
std::string layout(const std::string& digits, int decpt, bool use_exp, int min_frac, bool alt,
                   char e_char) {
  int exp10 = 0;
  if (use_exp) {
    exp10 = decpt - 1;
    decpt = 1;
  }
  std::string out, frac;
  int n = static_cast<int>(digits.size());
  if (decpt <= 0) {
    out = "0";
    frac.assign(static_cast<size_t>(-decpt), '0');
    frac += digits;
  } else {
    out = digits.substr(0, static_cast<size_t>(std::min(decpt, n)));
    if (decpt > n) out.append(static_cast<size_t>(decpt - n), '0');
    if (n > decpt) frac = digits.substr(static_cast<size_t>(decpt));
  }
  if (static_cast<int>(frac.size()) < min_frac) frac.append(min_frac - frac.size(), '0');
  if (!frac.empty() || alt) {
    out += '.';
    out += frac;
  }
  if (use_exp) out += exponent_suffix(e_char, exp10);
  return out;
}

// The digits of x to `sig` significant digits, correctly rounded, trailing
// zeros removed. x finite and >= 0.
void rounded_digits(double x, int sig, std::string* digits, int* decpt) {
  if (x == 0) {
    *digits = "0";
    *decpt = 1;
    return;
  }
  int exp10;
  split_exp_form(c_format("%.*e", sig - 1, x), digits, &exp10);
  strip_trailing_zeros(digits);
  *decpt = exp10 + 1;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool equals_ignore_case(std::string_view s, const char* word) {
  size_t n = std::strlen(word);
  if (s.size() != n) return false;
  for (size_t i = 0; i < n; ++i)
    if ((s[i] | 0x20) != word[i]) return false;
  return true;
}

}  // namespace

// ---------------------------------------------------------------------------
// repr

DecimalDigits shortest_digits(double x) {
  DecimalDigits r;
  r.negative = std::signbit(x);
  x = std::fabs(x);
  if (x == 0) {
    r.digits = "0";
    r.decpt = 1;
    return r;
  }
  std::string d;
  int exp10;
  if (x < 2.2250738585072014e-308) {
    // Subnormals carry fewer than 53 bits, so the 15-digit shortcut below
    // does not hold; their rounding interval is symmetric, so the nearest
    // p-digit decimal is the one to try for each length p.
    for (int p = 1; p <= 17; ++p) {
      split_exp_form(c_format("%.*e", p - 1, x), &d, &exp10);
      if (read_back(d, exp10) == x) break;
    }
    strip_trailing_zeros(&d);
    r.digits = d;
    r.decpt = exp10 + 1;
    return r;
  }
  // Every decimal of <= 15 significant digits survives a trip through a
  // double (DBL_DIG), so if any such string reads back as x, it is the
  // 15-digit correctly rounded one with its trailing zeros removed.
  split_exp_form(c_format("%.*e", 14, x), &d, &exp10);
  if (read_back(d, exp10) != x) {
    split_exp_form(c_format("%.*e", 15, x), &d, &exp10);
    if (read_back(d, exp10) != x) {
      // At a power of two the rounding interval is lopsided: the nearest
      // 16-digit decimal can miss while its neighbour on x's other side
      // still reads back. Gay's shortest mode (CPython) picks that one.
      bool nearest_below = read_back(d, exp10) < x;
      std::string n = d;
      int nexp = exp10;
      bump_last_digit(&n, &nexp, nearest_below ? +1 : -1);
      if (read_back(n, nexp) == x) {
        d = n;
        exp10 = nexp;
      } else {
        split_exp_form(c_format("%.*e", 16, x), &d, &exp10);  // 17 digits always do
      }
    }
  }
  strip_trailing_zeros(&d);
  r.digits = d;
  r.decpt = exp10 + 1;
  return r;
}

std::string float_repr(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  // Fast path for integral values below 1e16 (always fixed notation, and
  // their shortest digits are the integer's own digits): no snprintf/strtod.
  if (std::fabs(x) < 1e16 && std::trunc(x) == x) {
    auto i = static_cast<int64_t>(std::fabs(x));
    return (std::signbit(x) ? "-" : "") + std::to_string(i) + ".0";
  }
  DecimalDigits d = shortest_digits(x);
  bool use_exp = d.decpt <= -4 || d.decpt > 16;
  std::string s = layout(d.digits, d.decpt, use_exp, use_exp ? 0 : 1, false, 'e');
  return d.negative ? "-" + s : s;
}

// ---------------------------------------------------------------------------
// format()

std::string format_float(double x, char type, int precision, bool alt, bool no_neg_zero,
                         bool* negative) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  *negative = !std::isnan(x) && std::signbit(x);
  if (!std::isfinite(x)) {
    std::string s = std::isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    if (type == '%') s += '%';
    return s;
  }
  double mag = std::fabs(x);
  std::string out;
  switch (type) {
    case 'g': case 'G': case 'n': {
      // Not C's %g: glibc's "%#.2g" prints 99.99 as "1.e+02" where Python
      // (and C99) want "1.0e+02".
      if (precision < 0) precision = 6;
      if (precision == 0) precision = 1;
      std::string digits;
      int decpt;
      rounded_digits(mag, precision, &digits, &decpt);
      bool use_exp = decpt <= -4 || decpt > precision;
      int min_frac = alt ? precision - (use_exp ? 1 : decpt) : 0;
      out = layout(digits, decpt, use_exp, min_frac, alt, type == 'G' ? 'E' : 'e');
      break;
    }
    case 'e': case 'E': case 'f': case 'F': case '%': {
      if (precision < 0) precision = 6;
      char conv = type == '%' ? 'f' : type;
      // CPython multiplies first (one float rounding), then formats.
      double v = type == '%' ? mag * 100.0 : mag;
      char fmt[8] = "%.*";
      if (alt) std::strcpy(fmt, "%#.*");
      size_t len = std::strlen(fmt);
      fmt[len] = conv;
      fmt[len + 1] = '\0';
      out = c_format(fmt, precision, v);
      if (type == '%') out += '%';
      break;
    }
    default: {  // no presentation type
      std::string digits;
      int decpt;
      bool use_exp;
      int min_frac;
      if (precision < 0) {
        // Like repr(), but '#' may still force the point ('1.e+16').
        DecimalDigits d = shortest_digits(mag);
        digits = d.digits;
        decpt = d.decpt;
        use_exp = decpt <= -4 || decpt > 16;
        min_frac = use_exp ? 0 : 1;
      } else {
        // Like 'g', except the switch to exponent form comes one digit
        // earlier and fixed notation always shows a digit after the point.
        if (precision == 0) precision = 1;
        rounded_digits(mag, precision, &digits, &decpt);
        use_exp = decpt <= -4 || decpt > precision - 1;
        min_frac = alt ? precision - (use_exp ? 1 : decpt) : 0;
        if (!use_exp && min_frac < 1) min_frac = 1;
      }
      out = layout(digits, decpt, use_exp, min_frac, alt, 'e');
      break;
    }
  }
  if (*negative && no_neg_zero) {
    // 'z': drop the sign when every digit of the rounded mantissa is zero.
    bool all_zero = true;
    for (char c : out) {
      if (c == 'e' || c == 'E' || c == '%') break;
      if (is_digit(c) && c != '0') { all_zero = false; break; }
    }
    if (all_zero) *negative = false;
  }
  return out;
}

std::string format_float_signed(double x, char type, int precision, bool alt) {
  bool negative;
  std::string s = format_float(x, type, precision, alt, false, &negative);
  return negative ? "-" + s : s;
}

// ---------------------------------------------------------------------------
// float(str)

std::optional<double> parse_float(std::string_view text) {
  std::string_view s = strip_number_space(text);
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    negative = s[i] == '-';
    ++i;
  }
  std::string_view body = s.substr(i);
  if (equals_ignore_case(body, "inf") || equals_ignore_case(body, "infinity"))
    return negative ? -HUGE_VAL : HUGE_VAL;
  if (equals_ignore_case(body, "nan")) return negative ? -std::nan("") : std::nan("");

  // Validate digits [. digits] [e [sign] digits] ourselves (strtod would also
  // take hex floats and 'nan(...)'), dropping underscores that sit between
  // two digits as we go.
  std::string clean;
  clean.reserve(body.size() + 1);
  if (negative) clean += '-';
  size_t j = 0;
  auto digit_run = [&]() -> int {  // -1 on a misplaced '_'
    int count = 0;
    while (j < body.size()) {
      char c = body[j];
      if (is_digit(c)) {
        clean += c;
        ++count;
        ++j;
      } else if (c == '_' && count > 0 && j + 1 < body.size() && is_digit(body[j + 1])) {
        ++j;
      } else if (c == '_') {
        return -1;
      } else {
        break;
      }
    }
    return count;
  };
  int int_digits = digit_run();
  if (int_digits < 0) return std::nullopt;
  int frac_digits = 0;
  if (j < body.size() && body[j] == '.') {
    clean += '.';
    ++j;
    frac_digits = digit_run();
    if (frac_digits < 0) return std::nullopt;
  }
  if (int_digits + frac_digits == 0) return std::nullopt;
  if (j < body.size() && (body[j] == 'e' || body[j] == 'E')) {
    clean += 'e';
    ++j;
    if (j < body.size() && (body[j] == '+' || body[j] == '-')) clean += body[j++];
    int exp_digits = digit_run();
    if (exp_digits <= 0) return std::nullopt;
  }
  if (j != body.size()) return std::nullopt;
  // Overflow gives +-inf and underflow +-0.0, as in CPython; errno is noise.
  return std::strtod(clean.c_str(), nullptr);
}

// ---------------------------------------------------------------------------
// round()

std::optional<double> round_float(double x, int64_t ndigits) {
  if (!std::isfinite(x) || x == 0) return x;
  // Beyond these CPython short-circuits: every double is already a multiple
  // of 10**-323, and 10**309 exceeds every finite double.
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  bool negative = std::signbit(x);
  // The exact decimal expansion: a double has at most 767 significant digits.
  std::string digits;
  int exp10;
  split_exp_form(c_format("%.*e", 780, std::fabs(x)), &digits, &exp10);
  strip_trailing_zeros(&digits);
  // Digits with place value >= 10**-ndigits are kept.
  int64_t keep = exp10 + 1 + ndigits;
  std::string result;
  int result_exp;  // exponent of result's last digit
  if (keep < 0) {
    return negative ? -0.0 : 0.0;
  } else if (keep >= static_cast<int64_t>(digits.size())) {
    return x;  // already exact at that precision
  } else {
    std::string kept = digits.substr(0, static_cast<size_t>(keep));
    std::string_view rest = std::string_view(digits).substr(static_cast<size_t>(keep));
    // rest is non-empty and has no trailing zeros: it is exactly one half
    // only when it is "5".
    bool up;
    if (rest[0] > '5') up = true;
    else if (rest[0] < '5') up = false;
    else if (rest.size() > 1) up = true;
    else up = !kept.empty() && ((kept.back() - '0') & 1);  // tie: to even (0 is even)
    result_exp = exp10 + 1 - static_cast<int>(keep);
    if (kept.empty()) kept = "0";
    if (up) {
      size_t i = kept.size();
      while (i > 0 && kept[i - 1] == '9') kept[--i] = '0';
      if (i == 0) kept.insert(kept.begin(), '1');
      else ++kept[i - 1];
    }
    result = (negative ? "-" : "") + kept + "e" + std::to_string(result_exp);
  }
  double r = std::strtod(result.c_str(), nullptr);
  if (std::isinf(r)) return std::nullopt;
  return r;
}

double round_half_even(double x) {
  if (!std::isfinite(x)) return x;
  double r = std::round(x);  // halves away from zero
  if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
  return r;
}

// ---------------------------------------------------------------------------
// //, %, divmod

FloatDivMod float_divmod(double x, double y) {
  FloatDivMod r;
  if (y == 0) return r;
  r.ok = true;
  // fmod is exact; the quotient then comes from (x - mod) / y, which is
  // (nearly) an integer, instead of floor(x / y), which can be off by one.
  double mod = std::fmod(x, y);
  double div = (x - mod) / y;
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) {  // move the remainder to the divisor's sign
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, y);
  }
  double floordiv;
  if (div != 0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;  // undo a rounding error in div
  } else {
    floordiv = std::copysign(0.0, x / y);
  }
  r.quot = floordiv;
  r.rem = mod;
  return r;
}

// ---------------------------------------------------------------------------
// **

namespace {
bool is_odd_integer(double v) {
  // An odd integer is below 2**53 in magnitude; fmod keeps it exact.
  return std::fabs(v) < 9007199254740992.0 && std::fmod(v, 2.0) != 0 && std::trunc(v) == v;
}
}  // namespace

FloatPow float_pow(double x, double y) {
  FloatPow r;
  auto done = [&](double v) {
    r.value = v;
    return r;
  };
  if (y == 0) return done(1.0);  // even nan ** 0
  if (x == 1.0) return done(1.0);  // even 1 ** nan
  if (std::isnan(x)) return done(x);
  if (std::isnan(y)) return done(y);
  if (std::isinf(y)) {
    double ax = std::fabs(x);
    if (ax == 1.0) return done(1.0);
    return done((y > 0) == (ax > 1.0) ? HUGE_VAL : 0.0);
  }
  if (std::isinf(x)) {
    bool odd = is_odd_integer(y);
    if (y > 0) return done(odd ? x : std::fabs(x));
    return done(odd ? std::copysign(0.0, x) : 0.0);
  }
  if (x == 0) {
    if (y < 0) {
      r.status = FloatPow::kZeroDivision;
      return r;
    }
    return done(is_odd_integer(y) ? x : 0.0);
  }
  bool negate = false;
  if (x < 0) {
    if (std::floor(y) != y) {
      r.status = FloatPow::kComplex;
      return r;
    }
    x = -x;
    negate = is_odd_integer(y);
  }
  if (x == 1.0) return done(negate ? -1.0 : 1.0);
  double v = std::pow(x, y);
  if (std::isinf(v)) {
    r.status = FloatPow::kOverflow;
    return r;
  }
  return done(negate ? -v : v);
}

// ---------------------------------------------------------------------------
// hash

int64_t float_hash(double x) {
  constexpr uint64_t kP = (uint64_t{1} << 61) - 1;
  if (std::isnan(x)) return 0;
  if (std::isinf(x)) return x > 0 ? 314159 : -314159;
  // CPython hashes a number as its value reduced modulo P = 2**61 - 1. With
  // x = m * 2**e (m a 53-bit integer) and 2**61 == 1 (mod P), that is
  // m * 2**(e mod 61) mod P, and multiplying by a power of two modulo P is a
  // rotation within 61 bits.
  int e;
  double frac = std::frexp(std::fabs(x), &e);  // |x| = frac * 2**e
  auto m = static_cast<uint64_t>(std::ldexp(frac, 53));
  e -= 53;
  int shift = ((e % 61) + 61) % 61;
  uint64_t h = m % kP;
  if (shift != 0) h = ((h << shift) & kP) | (h >> (61 - shift));
  if (h >= kP) h -= kP;
  auto result = static_cast<int64_t>(h);
  if (x < 0) result = -result;
  return result == -1 ? -2 : result;
}

}  // namespace yl::num
