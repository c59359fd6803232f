// A small JSON writer for the session's answers: objects and arrays are
// written in order, with commas placed automatically.
#pragma once
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace yl {

class Json {
public:
  Json& begin_object() { sep(); out_ += '{'; first_ = true; return *this; }
  Json& end_object() { out_ += '}'; first_ = false; return *this; }
  Json& begin_array() { sep(); out_ += '['; first_ = true; return *this; }
  Json& end_array() { out_ += ']'; first_ = false; return *this; }
  // A key inside an object; the next value written belongs to it.
  Json& key(std::string_view k) { sep(); quote(k); out_ += ':'; first_ = true; return *this; }
  Json& str(std::string_view s) { sep(); quote(s); return *this; }
  Json& num(double v) {
    sep();
    if (v == double(int64_t(v))) out_ += std::to_string(int64_t(v));
    else { char b[32]; std::snprintf(b, sizeof b, "%.17g", v); out_ += b; }
    return *this;
  }
  Json& boolean(bool b) { sep(); out_ += b ? "true" : "false"; return *this; }
  Json& null() { sep(); out_ += "null"; return *this; }
  // Already-serialised JSON.
  Json& raw(std::string_view j) { sep(); out_ += j; return *this; }
  const std::string& text() const { return out_; }

  static std::string quoted(std::string_view s) { Json j; j.quote(s); return j.out_; }

private:
  void sep() { if (!first_) out_ += ','; first_ = false; }
  void quote(std::string_view s) {
    out_ += '"';
    for (unsigned char c : s) {
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default:
          if (c < 0x20) { char b[8]; std::snprintf(b, sizeof b, "\\u%04x", c); out_ += b; }
          else out_ += char(c);
      }
    }
    out_ += '"';
  }
  std::string out_;
  bool first_ = true;
};

}  // namespace yl
