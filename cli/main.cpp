// yieldlab FILE.py | yieldlab -c CODE: runs a program like python3 does.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include "compiler.h"
#include "disassemble.h"
#include "heap.h"
#include "parser.h"
#include "session.h"
#include "vm.h"

namespace {
// Pulls one string field out of the session's JSON answer.
std::string field(const std::string& json, const std::string& name) {
  std::string key = "\"" + name + "\":\"";
  size_t p = json.find(key);
  if (p == std::string::npos) return "";
  std::string out;
  for (size_t i = p + key.size(); i < json.size() && json[i] != '"'; ++i) {
    if (json[i] != '\\') { out += json[i]; continue; }
    char c = json[++i];
    switch (c) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'u': out += char(std::stoi(json.substr(i + 1, 4), nullptr, 16)); i += 4; break;
      default: out += c;
    }
  }
  return out;
}
}  // namespace

// yieldlab --dis FILE.py: the bytecode listing, for working on the compiler.
int disassemble_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) { std::fprintf(stderr, "yieldlab: can't open file '%s'\n", path); return 2; }
  std::stringstream ss; ss << in.rdbuf();
  yl::Session s;
  yl::Heap* saved = yl::g_heap; yl::g_heap = &s.vm().heap;
  yl::SyntaxErrorInfo err;
  yl::NodeP mod = yl::parse_module(ss.str(), &err);
  yl::Code* code = mod ? yl::compile(s.vm(), *mod, path, yl::CompileMode::Module, &err) : nullptr;
  int rc = 0;
  if (code) { std::fputs(yl::disassemble(s.vm(), code).c_str(), stdout); yl::decref(code); }
  else { std::fprintf(stderr, "%s: %s (line %d)\n", err.type.c_str(), err.message.c_str(), err.line); rc = 1; }
  yl::g_heap = saved;
  return rc;
}

int main(int argc, char** argv) {
  std::string source, filename;
  if (argc == 3 && std::string(argv[1]) == "--dis") return disassemble_file(argv[2]);
  if (argc == 3 && std::string(argv[1]) == "-c") { source = argv[2]; filename = "<string>"; }
  else if (argc == 2) {
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) { std::fprintf(stderr, "yieldlab: can't open file '%s': No such file or directory\n", argv[1]); return 2; }
    std::stringstream ss; ss << in.rdbuf(); source = ss.str(); filename = argv[1];
  } else {
    std::fprintf(stderr, "usage: yieldlab FILE.py | yieldlab -c CODE\n");
    return 2;
  }
  yl::Session s;
  std::string r = s.load(source, filename);
  if (r.find("\"ok\":false") != std::string::npos) {
    std::string e = field(s.run(0), "stderr");
    std::fputs(e.c_str(), stderr);
    return 1;
  }
  for (;;) {
    std::string res = s.run(1e7);
    std::fputs(field(res, "stdout").c_str(), stdout);
    std::fflush(stdout);
    std::fputs(field(res, "stderr").c_str(), stderr);
    if (res.find("\"status\":\"paused\"") != std::string::npos) continue;
    return res.find("\"status\":\"error\"") != std::string::npos ? 1 : 0;
  }
}
