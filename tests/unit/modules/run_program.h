// Running Python source through yl::Session for the module tests: the
// session is the caller's, so a test can pre-fill files or stdin first.
#pragma once
#include <string>
#include "session.h"

namespace modtest {

// A string member of a Session JSON answer, unescaped (ASCII and \uXXXX).
inline std::string json_field(const std::string& json, const std::string& name) {
  std::string key = "\"" + name + "\":\"";
  size_t p = json.find(key);
  if (p == std::string::npos) return "<no " + name + ">";
  std::string out;
  for (size_t i = p + key.size(); i < json.size() && json[i] != '"'; ++i) {
    char c = json[i];
    if (c != '\\') { out += c; continue; }
    char e = json[++i];
    switch (e) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'u': out += char(std::stoul(json.substr(i + 1, 4), nullptr, 16)); i += 4; break;
      default: out += e; break;
    }
  }
  return out;
}

// Loads and runs `src` to the end; returns stdout, followed by
// "<status> ..." when the program did not finish normally.
inline std::string run(yl::Session& s, const std::string& src) {
  std::string loaded = s.load(src, "t.py");
  if (loaded.find("\"ok\":true") == std::string::npos) return "<load failed> " + loaded;
  std::string out;
  for (;;) {
    std::string r = s.run(1e8);
    out += json_field(r, "stdout");
    if (r.find("\"status\":\"paused\"") != std::string::npos) continue;
    if (r.find("\"status\":\"finished\"") == std::string::npos) out += "<status> " + r;
    return out;
  }
}

// The "status" member of a Session answer.
inline std::string status(const std::string& r) {
  std::string k = "\"status\":\"";
  size_t p = r.find(k);
  return p == std::string::npos ? "<none>" : r.substr(p + k.size(), r.find('"', p + k.size()) - p - k.size());
}

// Runs `src` in slices of `budget` instructions: stdout (then "<status>"
// unless it finished), and in *pauses how many slices paused.
inline std::string run_in_slices(const std::string& src, double budget, int* pauses) {
  yl::Session s;
  s.load(src, "t.py");
  std::string out, r;
  *pauses = 0;
  for (;;) {
    r = s.run(budget);
    out += json_field(r, "stdout");
    if (status(r) != "paused") break;
    ++*pauses;
  }
  return status(r) == "finished" ? out : out + "<" + status(r) + ">";
}

inline std::string run(const std::string& src) {
  yl::Session s;
  return run(s, src);
}

}  // namespace modtest
