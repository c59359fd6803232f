// format(value, spec) / f-string / str.format mini-language and the
// printf-style `str % args` conversions, for str, int and float, matching
// CPython 3.11 output and error texts.
//
// format_spec grammar: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// (`fill` is any one code point; lengths and widths count code points.)
//
// CPython behaviours matched (tests/unit/num/format_spec.test.cpp):
//  * the '0' flag sets fill '0' and, for numbers without an explicit align,
//    '=' alignment; with ',' or '_' the zero padding itself is grouped
//    (format(1234, '08,') == '0,001,234', one wider than asked, as CPython);
//  * ',' groups decimal digits by 3, '_' groups d/e/f/g/% by 3 and b/o/x/X
//    by 4; only the integer part of a float is grouped;
//  * 'z' drops the '-' of floats that round to zero;
//  * ints formatted with e/E/f/F/g/G/% are converted to float first
//    (OverflowError for huge ints); 'c' needs 0 <= n < 0x110000
//    (OverflowError "%c arg not in range(0x110000)", or "Python int too
//    large to convert to C long" beyond int64 - CPython's 64-bit C long);
//  * decimal output of ints obeys the 4300-digit limit (ValueError);
//  * the error messages and the order in which CPython checks them.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "num/bigint.h"

namespace yl::num {

// What went wrong, as the Python exception to raise.
struct FormatError {
  enum Type { kValueError, kOverflowError, kTypeError } type = kValueError;
  std::string message;
};

struct FormatSpec {
  std::string fill = " ";  // one code point, UTF-8
  char align = '\0';       // '<' '>' '^' '=' or '\0' (type's default)
  char sign = '\0';        // '+' '-' ' ' or '\0'
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;    // '#'
  int64_t width = -1;
  char grouping = '\0';      // ',' '_' or '\0'
  int64_t precision = -1;
  char32_t type = '\0';
};

// Parses a spec the way CPython's parser does for an object whose default
// presentation type is `default_type` ('s' for str, 'd' for int, '\0' for
// float) and default alignment `default_align` ('<' for str, '>' for
// numbers). `type_name` goes into messages ("int", "float", "bool", ...).
std::optional<FormatSpec> parse_format_spec(std::string_view spec, char default_type,
                                            char default_align, std::string_view type_name,
                                            FormatError* error);

// format(s, spec) for a str. type_name: for messages ("str").
std::optional<std::string> format_spec_str(std::string_view s, std::string_view spec,
                                           FormatError* error, std::string_view type_name = "str");
// format(n, spec) for an int (bool: the caller formats format(True, '') as
// 'True' itself; any non-empty spec formats it as the int 1/0 with
// type_name "bool").
std::optional<std::string> format_spec_int(const BigInt& n, std::string_view spec,
                                           FormatError* error, std::string_view type_name = "int");
std::optional<std::string> format_spec_int(int64_t n, std::string_view spec, FormatError* error,
                                           std::string_view type_name = "int");
// format(x, spec) for a float.
std::optional<std::string> format_spec_float(double x, std::string_view spec, FormatError* error,
                                             std::string_view type_name = "float");

// ---------------------------------------------------------------------------
// printf-style formatting: fmt % args.
//
// The caller walks the format string. Text up to the next '%' is literal;
// at a '%' it calls parse_percent_directive(). A "%%" comes back as
// conv == '%' with is_literal_percent (emit '%', take no argument).
// Otherwise the caller, in CPython's order:
//   1. if key: looks it up in the mapping (KeyError; TypeError "format
//      requires a mapping" when the argument is not one);
//   2. if width_star / precision_star: takes ints from the tuple
//      (TypeError "* wants int"); a negative star width means the '-'
//      flag plus its absolute value, a negative star precision means 0
//      (both as CPython);
//   3. takes the value (TypeError "not enough arguments for format string");
//   4. checks the conversion: percent_conv_supported() or raise ValueError
//      percent_unsupported_message();
//   5. converts: s/r/a -> the str()/repr()/ascii() text, then
//      percent_pad_string(); c -> one character (an int must be in
//      range(0x110000): OverflowError "%c arg not in range(0x110000)";
//      otherwise TypeError "%c requires int or char"), then
//      percent_pad_string(); d i u o x X -> percent_format_int() (a float
//      is truncated to int first for d/i/u only); e E f F g G ->
//      percent_format_float();
// and at the end raises TypeError "not all arguments converted during
// string formatting" if tuple items are left over.
struct PercentSpec {
  bool left = false;   // '-'
  bool plus = false;   // '+'
  bool space = false;  // ' '
  bool alt = false;    // '#'
  bool zero = false;   // '0'
  int64_t width = -1;
  int64_t precision = -1;
  char32_t conv = 0;
};

struct PercentDirective {
  bool is_literal_percent = false;  // "%%"
  std::optional<std::string> key;   // "%(name)s"
  bool width_star = false;
  bool precision_star = false;
  PercentSpec spec;
  size_t conv_index = 0;  // code-point index of the conversion char (for messages)
  size_t end = 0;         // byte offset just past the directive
};

// Parses the directive whose '%' is at byte `pos` of fmt; `pos_index` is its
// code-point index. Errors (ValueError): "incomplete format",
// "incomplete format key".
std::optional<PercentDirective> parse_percent_directive(std::string_view fmt, size_t pos,
                                                        size_t pos_index, FormatError* error);
bool percent_conv_supported(char32_t conv);
// "unsupported format character 'y' (0x79) at index 3"
std::string percent_unsupported_message(char32_t conv, size_t index);

// %s %r %a %c: precision truncates (not for %c), width pads with spaces
// ('0' is ignored for strings), '-' pads on the right.
std::string percent_pad_string(std::string_view s, const PercentSpec& spec);
// %d %i %u %o %x %X. nullopt only when decimal output exceeds the 4300-digit
// limit (ValueError kStrDigitsLimitMessage).
std::optional<std::string> percent_format_int(const BigInt& n, const PercentSpec& spec);
std::optional<std::string> percent_format_int(int64_t n, const PercentSpec& spec);
// %e %E %f %F %g %G
std::string percent_format_float(double x, const PercentSpec& spec);

}  // namespace yl::num
