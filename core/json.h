// A small JSON writer for the session's answers: objects and arrays are
// written in order, with commas placed automatically.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace yl {

// The page asks for an answer on every Step click and a snapshot of a few
// kilobytes after it, so the text grows in a vector<char>: libc++ compiles
// std::string's members once into its library (an extern template), and in
// wasm every character appended to one was a call there. The bodies live in
// json.cpp, which the wasm build compiles for speed (WASM_HOT_SOURCES).
class Json {
public:
  Json();
  Json& begin_object();
  Json& end_object();
  Json& begin_array();
  Json& end_array();
  // A key inside an object; the next value written belongs to it.
  Json& key(std::string_view k);
  Json& str(std::string_view s);
  Json& num(double v);
  Json& boolean(bool b);
  Json& null();
  // Already-serialised JSON.
  Json& raw(std::string_view j);
  std::string text() const { return std::string(out_.data(), out_.size()); }

  static std::string quoted(std::string_view s);

private:
  void sep();
  void quote(std::string_view s);
  void put(char c) { out_.push_back(c); }
  void put(std::string_view s) { out_.insert(out_.end(), s.begin(), s.end()); }
  std::vector<char> out_;
  bool first_ = true;
};

}  // namespace yl
