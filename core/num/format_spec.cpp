#include "num/format_spec.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <vector>

#include "num/float_format.h"
#include "num/text.h"

namespace yl::num {

namespace {

std::optional<std::string> fail(FormatError* error, FormatError::Type type, std::string message) {
  if (error) *error = FormatError{type, std::move(message)};
  return std::nullopt;
}

bool is_align(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

// A presentation type as CPython shows it in messages: the character when
// printable ASCII, else a \x escape.
std::string shown_type(char32_t c) {
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(c));
  return buf;
}

std::string unknown_code_message(char32_t type, std::string_view type_name) {
  std::string name(type_name.substr(0, utf8_prefix_bytes(type_name, 200)));
  return "Unknown format code '" + shown_type(type) + "' for object of type '" + name + "'";
}

// Reads a run of decimal digits; false on overflow (CPython checks against
// Py_ssize_t). *value stays -1 when there are no digits.
bool read_integer(const std::vector<char32_t>& cp, size_t* pos, int64_t* value) {
  *value = -1;
  int64_t v = 0;
  bool any = false;
  while (*pos < cp.size() && is_ascii_digit(cp[*pos])) {
    int d = static_cast<int>(cp[*pos] - '0');
    if (v > (INT64_MAX - d) / 10) return false;
    v = v * 10 + d;
    any = true;
    ++*pos;
  }
  if (any) *value = v;
  return true;
}

// Inserts `sep` every `group` digits from the right. With min_width > 0
// (zero padding under '=' alignment), leading zeros are added - grouped as
// well - until the result is at least min_width long; CPython never starts
// with a separator, so the result may end up one longer.
std::string group_digits(std::string_view digits, char sep, int group, int64_t min_width) {
  std::string out;  // built right to left
  int64_t remaining = static_cast<int64_t>(digits.size());
  int64_t left = min_width;
  while (true) {
    int64_t take = std::min<int64_t>(std::max<int64_t>(std::max<int64_t>(remaining, left), 1), group);
    for (int64_t k = 0; k < take; ++k) {
      out += remaining > 0 ? digits[static_cast<size_t>(--remaining)] : '0';
    }
    left -= take;
    if (remaining <= 0 && left <= 0) break;
    out += sep;
    --left;
  }
  return std::string(out.rbegin(), out.rend());
}

std::string repeat_fill(const std::string& fill, int64_t n) {
  std::string s;
  if (n <= 0) return s;
  s.reserve(fill.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) s += fill;
  return s;
}

// Lays out a number: sign, prefix ('0x'), integer digits (grouped here),
// and the rest (fraction, exponent, '%', or a whole 'inf'/'nan' or
// character), then pads to the width.
std::string assemble_number(const FormatSpec& spec, std::string_view sign, std::string_view prefix,
                            std::string_view digits, std::string_view rest, int group) {
  std::string grouped(digits);
  if (spec.grouping && !digits.empty()) {
    int64_t min_width = 0;
    if (spec.fill == "0" && spec.align == '=') {
      min_width = spec.width - static_cast<int64_t>(sign.size() + prefix.size() + utf8_length(rest));
    }
    grouped = group_digits(digits, spec.grouping, group, min_width);
  }
  int64_t len = static_cast<int64_t>(sign.size() + prefix.size() + grouped.size() + utf8_length(rest));
  int64_t pad = spec.width > len ? spec.width - len : 0;
  std::string out;
  switch (spec.align) {
    case '<':
      out.append(sign).append(prefix).append(grouped).append(rest);
      out += repeat_fill(spec.fill, pad);
      break;
    case '^':
      out = repeat_fill(spec.fill, pad / 2);
      out.append(sign).append(prefix).append(grouped).append(rest);
      out += repeat_fill(spec.fill, pad - pad / 2);
      break;
    case '=':
      out.append(sign).append(prefix);
      out += repeat_fill(spec.fill, pad);
      out.append(grouped).append(rest);
      break;
    default:  // '>'
      out = repeat_fill(spec.fill, pad);
      out.append(sign).append(prefix).append(grouped).append(rest);
      break;
  }
  return out;
}

std::string sign_text(bool negative, char sign) {
  if (negative) return "-";
  if (sign == '+') return "+";
  if (sign == ' ') return " ";
  return "";
}

// Shared by format(float) and format(int) with a float presentation type.
std::optional<std::string> format_double_with(double x, const FormatSpec& spec, FormatError* error,
                                              std::string_view type_name) {
  char type;
  switch (spec.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': case '\0':
      type = static_cast<char>(spec.type);
      break;
    default:
      return fail(error, FormatError::kValueError, unknown_code_message(spec.type, type_name));
  }
  if (spec.precision > 0x7fffffff)
    return fail(error, FormatError::kValueError, "precision too big");
  bool negative;
  std::string body = format_float(x, type, static_cast<int>(spec.precision), spec.alternate,
                                  spec.no_neg_zero, &negative);
  // The integer part is the leading run of digits (none for inf/nan).
  size_t int_end = 0;
  while (int_end < body.size() && is_ascii_digit(static_cast<unsigned char>(body[int_end]))) ++int_end;
  std::string_view bv(body);
  return assemble_number(spec, sign_text(negative, spec.sign), "", bv.substr(0, int_end),
                         bv.substr(int_end), 3);
}

}  // namespace

// ---------------------------------------------------------------------------
// Parsing

std::optional<FormatSpec> parse_format_spec(std::string_view spec_text, char default_type,
                                            char default_align, std::string_view type_name,
                                            FormatError* error) {
  auto bad = [&](std::string message) -> std::optional<FormatSpec> {
    if (error) *error = FormatError{FormatError::kValueError, std::move(message)};
    return std::nullopt;
  };
  std::vector<char32_t> cp;
  for (size_t i = 0; i < spec_text.size();) cp.push_back(utf8_next(spec_text, i));

  FormatSpec spec;
  spec.align = default_align;
  spec.type = static_cast<unsigned char>(default_type);
  size_t pos = 0, end = cp.size();
  bool fill_given = false, align_given = false;

  if (end - pos >= 2 && is_align(cp[pos + 1])) {
    spec.fill.clear();
    utf8_append(spec.fill, cp[pos]);
    spec.align = static_cast<char>(cp[pos + 1]);
    fill_given = align_given = true;
    pos += 2;
  } else if (end - pos >= 1 && is_align(cp[pos])) {
    spec.align = static_cast<char>(cp[pos]);
    align_given = true;
    ++pos;
  }
  if (pos < end && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) {
    spec.sign = static_cast<char>(cp[pos]);
    ++pos;
  }
  if (pos < end && cp[pos] == 'z') {
    spec.no_neg_zero = true;
    ++pos;
  }
  if (pos < end && cp[pos] == '#') {
    spec.alternate = true;
    ++pos;
  }
  // '0' means fill '0' (and '=' for numbers), unless a fill was given - then
  // the '0' is simply the first digit of the width.
  if (!fill_given && pos < end && cp[pos] == '0') {
    spec.fill = "0";
    if (!align_given && default_align == '>') spec.align = '=';
    ++pos;
  }
  if (!read_integer(cp, &pos, &spec.width)) return bad("Too many decimal digits in format string");
  if (pos < end && cp[pos] == ',') {
    spec.grouping = ',';
    ++pos;
  }
  if (pos < end && cp[pos] == '_') {
    if (spec.grouping) return bad("Cannot specify both ',' and '_'.");
    spec.grouping = '_';
    ++pos;
  }
  if (pos < end && cp[pos] == ',' && spec.grouping == '_')
    return bad("Cannot specify both ',' and '_'.");
  if (pos < end && cp[pos] == '.') {
    ++pos;
    if (!read_integer(cp, &pos, &spec.precision))
      return bad("Too many decimal digits in format string");
    if (spec.precision < 0) return bad("Format specifier missing precision");
  }
  if (end - pos > 1) {
    std::string name(type_name.substr(0, utf8_prefix_bytes(type_name, 200)));
    return bad("Invalid format specifier '" + std::string(spec_text) + "' for object of type '" +
               name + "'");
  }
  if (end - pos == 1) spec.type = cp[pos];

  if (spec.grouping) {
    switch (spec.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (spec.grouping == '_') break;
        [[fallthrough]];
      default:
        return bad(std::string("Cannot specify '") + spec.grouping + "' with '" +
                   shown_type(spec.type) + "'.");
    }
  }
  return spec;
}

// ---------------------------------------------------------------------------
// str

std::optional<std::string> format_spec_str(std::string_view s, std::string_view spec_text,
                                           FormatError* error, std::string_view type_name) {
  auto spec = parse_format_spec(spec_text, 's', '<', type_name, error);
  if (!spec) return std::nullopt;
  if (spec->type != 's')
    return fail(error, FormatError::kValueError, unknown_code_message(spec->type, type_name));
  if (spec->sign == ' ')
    return fail(error, FormatError::kValueError, "Space not allowed in string format specifier");
  if (spec->sign)
    return fail(error, FormatError::kValueError, "Sign not allowed in string format specifier");
  if (spec->no_neg_zero)
    return fail(error, FormatError::kValueError,
                "Negative zero coercion (z) not allowed in string format specifier");
  if (spec->alternate)
    return fail(error, FormatError::kValueError,
                "Alternate form (#) not allowed in string format specifier");
  if (spec->align == '=')
    return fail(error, FormatError::kValueError,
                "'=' alignment not allowed in string format specifier");
  std::string_view body = s;
  if (spec->precision >= 0) body = s.substr(0, utf8_prefix_bytes(s, static_cast<size_t>(spec->precision)));
  // Plain strings are never grouped; assemble_number only pads here.
  spec->grouping = '\0';
  return assemble_number(*spec, "", "", "", body, 3);
}

// ---------------------------------------------------------------------------
// int

namespace {

std::optional<std::string> format_int_impl(const BigInt& n, std::string_view spec_text,
                                           FormatError* error, std::string_view type_name) {
  auto spec = parse_format_spec(spec_text, 'd', '>', type_name, error);
  if (!spec) return std::nullopt;
  switch (spec->type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      auto d = n.to_double();
      if (!d) return fail(error, FormatError::kOverflowError, "int too large to convert to float");
      return format_double_with(*d, *spec, error, type_name);
    }
    default:
      return fail(error, FormatError::kValueError, unknown_code_message(spec->type, type_name));
  }
  if (spec->precision >= 0)
    return fail(error, FormatError::kValueError, "Precision not allowed in integer format specifier");
  if (spec->no_neg_zero)
    return fail(error, FormatError::kValueError,
                "Negative zero coercion (z) not allowed in integer format specifier");
  if (spec->type == 'c') {
    if (spec->sign)
      return fail(error, FormatError::kValueError, "Sign not allowed with integer format specifier 'c'");
    if (spec->alternate)
      return fail(error, FormatError::kValueError,
                  "Alternate form (#) not allowed with integer format specifier 'c'");
    // CPython first converts to a C long (64-bit on Linux), then range-checks.
    if (!n.fits_int64())
      return fail(error, FormatError::kOverflowError, "Python int too large to convert to C long");
    if (n.is_negative() || n >= BigInt(0x110000))
      return fail(error, FormatError::kOverflowError, "%c arg not in range(0x110000)");
    std::string ch;
    utf8_append(ch, static_cast<char32_t>(n.to_int64()));
    return assemble_number(*spec, "", "", "", ch, 3);
  }
  BigInt mag = n.abs();
  std::string digits, prefix;
  int group = 3;
  switch (spec->type) {
    case 'b': case 'o': case 'x': case 'X': {
      int base = spec->type == 'b' ? 2 : spec->type == 'o' ? 8 : 16;
      digits = mag.to_string_base(base);
      group = 4;
      if (spec->alternate) prefix = std::string("0") + static_cast<char>(spec->type == 'X' ? 'X' : spec->type);
      if (spec->type == 'X')
        for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      break;
    }
    default: {  // d, n
      auto dec = mag.to_decimal_limited();
      if (!dec) return fail(error, FormatError::kValueError, kStrDigitsLimitMessage);
      digits = std::move(*dec);
      break;
    }
  }
  return assemble_number(*spec, sign_text(n.is_negative(), spec->sign), prefix, digits, "", group);
}

}  // namespace

std::optional<std::string> format_spec_int(const BigInt& n, std::string_view spec, FormatError* error,
                                           std::string_view type_name) {
  return format_int_impl(n, spec, error, type_name);
}

std::optional<std::string> format_spec_int(int64_t n, std::string_view spec, FormatError* error,
                                           std::string_view type_name) {
  if (spec.empty()) return std::to_string(n);  // the overwhelmingly common f"{i}"
  return format_int_impl(BigInt(n), spec, error, type_name);
}

// ---------------------------------------------------------------------------
// float

std::optional<std::string> format_spec_float(double x, std::string_view spec_text, FormatError* error,
                                             std::string_view type_name) {
  auto spec = parse_format_spec(spec_text, '\0', '>', type_name, error);
  if (!spec) return std::nullopt;
  return format_double_with(x, *spec, error, type_name);
}

// ---------------------------------------------------------------------------
// printf-style

std::optional<PercentDirective> parse_percent_directive(std::string_view fmt, size_t pos,
                                                        size_t pos_index, FormatError* error) {
  auto bad = [&](const char* message) -> std::optional<PercentDirective> {
    if (error) *error = FormatError{FormatError::kValueError, message};
    return std::nullopt;
  };
  PercentDirective d;
  size_t i = pos + 1;
  size_t index = pos_index + 1;  // code-point index of fmt[i]
  if (i < fmt.size() && fmt[i] == '%') {
    d.is_literal_percent = true;
    d.spec.conv = '%';
    d.conv_index = index;
    d.end = i + 1;
    return d;
  }
  if (i < fmt.size() && fmt[i] == '(') {
    // The key runs to the matching ')', so keys may contain parentheses.
    size_t depth = 1;
    size_t start = ++i;
    ++index;
    while (i < fmt.size() && depth > 0) {
      if (fmt[i] == '(') ++depth;
      else if (fmt[i] == ')') --depth;
      if (depth > 0) {
        utf8_next(fmt, i);
        ++index;
      }
    }
    if (depth > 0) return bad("incomplete format key");
    d.key = std::string(fmt.substr(start, i - start));
    ++i;  // ')'
    ++index;
  }
  // Flags; everything from here to the conversion char is ASCII.
  for (; i < fmt.size(); ++i, ++index) {
    char c = fmt[i];
    if (c == '-') d.spec.left = true;
    else if (c == '+') d.spec.plus = true;
    else if (c == ' ') d.spec.space = true;
    else if (c == '#') d.spec.alt = true;
    else if (c == '0') d.spec.zero = true;
    else break;
  }
  auto read_number = [&](int64_t* out) -> bool {
    int64_t v = 0;
    while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
      if (v > (INT64_MAX - 9) / 10) return false;
      v = v * 10 + (fmt[i] - '0');
      ++i;
      ++index;
    }
    *out = v;
    return true;
  };
  if (i < fmt.size() && fmt[i] == '*') {
    d.width_star = true;
    ++i;
    ++index;
  } else if (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
    if (!read_number(&d.spec.width)) return bad("width too big");
  }
  if (i < fmt.size() && fmt[i] == '.') {
    ++i;
    ++index;
    if (i < fmt.size() && fmt[i] == '*') {
      d.precision_star = true;
      ++i;
      ++index;
    } else {
      if (!read_number(&d.spec.precision)) return bad("precision too big");  // ".f" means 0
    }
  }
  // C length modifiers are accepted and ignored.
  while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) {
    ++i;
    ++index;
  }
  if (i >= fmt.size()) return bad("incomplete format");
  d.conv_index = index;
  d.spec.conv = utf8_next(fmt, i);
  d.end = i;
  return d;
}

bool percent_conv_supported(char32_t c) {
  switch (c) {
    case 's': case 'r': case 'a': case 'c':
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      return true;
    default:
      return false;
  }
}

std::string percent_unsupported_message(char32_t conv, size_t index) {
  char buf[96];
  char shown = (conv > 31 && conv <= 126) ? static_cast<char>(conv) : '?';
  std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu", shown,
                static_cast<unsigned>(conv), index);
  return buf;
}

std::string percent_pad_string(std::string_view s, const PercentSpec& spec) {
  std::string_view body = s;
  if (spec.precision >= 0 && spec.conv != 'c')
    body = s.substr(0, utf8_prefix_bytes(s, static_cast<size_t>(spec.precision)));
  int64_t len = static_cast<int64_t>(utf8_length(body));
  std::string pad = spec.width > len ? std::string(static_cast<size_t>(spec.width - len), ' ') : "";
  return spec.left ? std::string(body) + pad : pad + std::string(body);
}

namespace {

// Sign, then (zero padding or spaces), the way printf-style numbers pad.
std::string pad_percent_number(const PercentSpec& spec, const std::string& sign,
                               const std::string& prefix, const std::string& body) {
  int64_t len = static_cast<int64_t>(sign.size() + prefix.size() + body.size());
  int64_t pad = spec.width > len ? spec.width - len : 0;
  if (spec.left) return sign + prefix + body + std::string(static_cast<size_t>(pad), ' ');
  if (spec.zero) return sign + prefix + std::string(static_cast<size_t>(pad), '0') + body;
  return std::string(static_cast<size_t>(pad), ' ') + sign + prefix + body;
}

std::string percent_sign(bool negative, const PercentSpec& spec) {
  if (negative) return "-";
  if (spec.plus) return "+";
  if (spec.space) return " ";
  return "";
}

}  // namespace

std::optional<std::string> percent_format_int(const BigInt& n, const PercentSpec& spec) {
  BigInt mag = n.abs();
  std::string digits, prefix;
  switch (spec.conv) {
    case 'o':
      digits = mag.to_string_base(8);
      if (spec.alt) prefix = "0o";
      break;
    case 'x':
      digits = mag.to_string_base(16);
      if (spec.alt) prefix = "0x";
      break;
    case 'X':
      digits = mag.to_string_base(16);
      for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (spec.alt) prefix = "0X";
      break;
    default: {
      auto dec = mag.to_decimal_limited();
      if (!dec) return std::nullopt;
      digits = std::move(*dec);
      break;
    }
  }
  // The precision is a minimum digit count ('%.3d' % 7 == '007').
  if (spec.precision > static_cast<int64_t>(digits.size()))
    digits.insert(0, static_cast<size_t>(spec.precision) - digits.size(), '0');
  return pad_percent_number(spec, percent_sign(n.is_negative(), spec), prefix, digits);
}

std::optional<std::string> percent_format_int(int64_t n, const PercentSpec& spec) {
  return percent_format_int(BigInt(n), spec);
}

std::string percent_format_float(double x, const PercentSpec& spec) {
  bool negative;
  int precision = spec.precision < 0 ? 6 : static_cast<int>(std::min<int64_t>(spec.precision, 0x7fffffff));
  std::string body = format_float(x, static_cast<char>(spec.conv), precision, spec.alt, false, &negative);
  return pad_percent_number(spec, percent_sign(negative, spec), "", body);
}

}  // namespace yl::num
