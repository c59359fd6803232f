#include "json.h"

#include <cstdint>
#include <cstdio>

namespace yl {

// Room for a step's answer without growing.
Json::Json() { out_.reserve(256); }

Json& Json::begin_object() { sep(); put('{'); first_ = true; return *this; }
Json& Json::end_object() { put('}'); first_ = false; return *this; }
Json& Json::begin_array() { sep(); put('['); first_ = true; return *this; }
Json& Json::end_array() { put(']'); first_ = false; return *this; }
Json& Json::key(std::string_view k) { sep(); quote(k); put(':'); first_ = true; return *this; }
Json& Json::str(std::string_view s) { sep(); quote(s); return *this; }

Json& Json::num(double v) {
  sep();
  if (v == double(int64_t(v))) {
    // Whole numbers (lines, depths, counts: most of an answer) by hand.
    int64_t n = int64_t(v);
    uint64_t m = n < 0 ? 0 - uint64_t(n) : uint64_t(n);
    char b[24];
    char* e = b + sizeof b;
    char* p = e;
    do { *--p = char('0' + m % 10); m /= 10; } while (m);
    if (n < 0) *--p = '-';
    put(std::string_view(p, size_t(e - p)));
  } else {
    char b[32];
    std::snprintf(b, sizeof b, "%.17g", v);
    put(b);
  }
  return *this;
}

Json& Json::boolean(bool b) { sep(); put(b ? "true" : "false"); return *this; }
Json& Json::null() { sep(); put("null"); return *this; }
Json& Json::raw(std::string_view j) { sep(); put(j); return *this; }

std::string Json::quoted(std::string_view s) {
  Json j;
  j.quote(s);
  return j.text();
}

void Json::sep() {
  if (!first_) put(',');
  first_ = false;
}

// Runs of characters that need no escape are appended in one go.
void Json::quote(std::string_view s) {
  put('"');
  size_t run = 0;  // start of the pending unescaped run
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    put(s.substr(run, i - run));
    run = i + 1;
    switch (c) {
      case '"': put("\\\""); break;
      case '\\': put("\\\\"); break;
      case '\n': put("\\n"); break;
      case '\r': put("\\r"); break;
      case '\t': put("\\t"); break;
      default: {
        char b[8];
        std::snprintf(b, sizeof b, "\\u%04x", c);
        put(b);
      }
    }
  }
  put(s.substr(run));
  put('"');
}

}  // namespace yl
