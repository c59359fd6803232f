// Small UTF-8 helpers shared by the numeric kernels (int()/float() parsing
// and format-spec padding). Header-only; no dependency on the interpreter.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace yl::num {

// Decodes one UTF-8 code point starting at s[i] and advances i. Invalid or
// truncated sequences decode as U+FFFD one byte at a time, so callers never
// loop forever on bad input.
inline char32_t utf8_next(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { ++i; return c; }
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (len == 0 || i + len > s.size()) { ++i; return 0xFFFD; }
  char32_t cp = c & (0x3F >> (len - 1));
  for (int k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) { ++i; return 0xFFFD; }
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += len;
  return cp;
}

inline void utf8_append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Number of code points (= Python len()) of a valid UTF-8 string: count the
// bytes that are not continuation bytes.
inline size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Byte offset of the first `count` code points (for precision truncation).
inline size_t utf8_prefix_bytes(std::string_view s, size_t count) {
  size_t i = 0;
  while (count > 0 && i < s.size()) { utf8_next(s, i); --count; }
  return i;
}

// The whitespace int() and float() strip. CPython first maps every non-ASCII
// Unicode space (str.isspace()) to ' ' and then strips with the ASCII-only
// Py_ISSPACE, so U+00A0 or U+3000 are stripped but \x1c..\x1f (which
// str.isspace() accepts) are NOT: int('\x1c1') is a ValueError.
inline bool is_number_space(char32_t c) {
  switch (c) {
    case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F: case 0x3000:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

// Strips leading and trailing number-whitespace (see above).
inline std::string_view strip_number_space(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    if (!is_number_space(utf8_next(s, j))) break;
    i = j;
  }
  s.remove_prefix(i);
  // Walk backwards to the start of each trailing code point.
  while (!s.empty()) {
    size_t start = s.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    size_t j = start;
    if (!is_number_space(utf8_next(s, j)) || j != s.size()) break;
    s.remove_suffix(s.size() - start);
  }
  return s;
}

}  // namespace yl::num
