// yieldlab: runs a program like python3 does.
//   yieldlab FILE.py | yieldlab -c CODE      run (uncaught error: traceback, exit 1)
//   yieldlab --trace FILE.py                 one JSON line per line event
//   yieldlab --memory FILE.py                run, then the memory counters on stderr
//   yieldlab --dis FILE.py                   the bytecode listing
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <unistd.h>
#include "compiler.h"
#include "disassemble.h"
#include "heap.h"
#include "parser.h"
#include "session.h"
#include "vm.h"

namespace {
// Pulls one string field out of a session answer (the writer escapes only
// quotes, backslashes and control characters, so this is all it takes).
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

// Writes all of `text`, NUL characters included (fputs would stop at one).
void write_all(const std::string& text, std::FILE* to) { std::fwrite(text.data(), 1, text.size(), to); }

bool has(const std::string& json, const char* text) { return json.find(text) != std::string::npos; }

bool read_file(const char* path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "yieldlab: can't open file '%s': [Errno 2] No such file or directory\n", path);
    return false;
  }
  std::stringstream ss; ss << in.rdbuf(); *out = ss.str();
  return true;
}

int disassemble_file(const char* path) {
  std::string source;
  if (!read_file(path, &source)) return 2;
  yl::Session s;
  yl::Heap* saved = yl::g_heap; yl::g_heap = &s.vm().heap;
  yl::SyntaxErrorInfo err;
  yl::NodeP mod = yl::parse_module(source, &err);
  yl::Code* code = mod ? yl::compile(s.vm(), *mod, path, yl::CompileMode::Module, &err) : nullptr;
  int rc = 0;
  if (code) { std::fputs(yl::disassemble(s.vm(), code).c_str(), stdout); yl::decref(code); }
  else { std::fprintf(stderr, "%s: %s (line %d)\n", err.type.c_str(), err.message.c_str(), err.line); rc = 1; }
  yl::g_heap = saved;
  return rc;
}

// Runs (or traces) to the end, feeding input() from our stdin line by line.
int run(yl::Session& s, bool trace) {
  s.vm().stdin_interactive = true;
  for (;;) {
    std::string res = trace ? s.step("into", 1e7) : s.run(1e7);
    if (trace) {
      std::printf("{\"step\":%s,\"snapshot\":%s}\n", res.c_str(), s.snapshot().c_str());
    } else {
      write_all(field(res, "stdout"), stdout);
      std::fflush(stdout);
      write_all(field(res, "stderr"), stderr);
    }
    if (has(res, "\"status\":\"paused\"")) continue;
    if (has(res, "\"status\":\"input\"")) {
      std::string line;
      if (std::getline(std::cin, line)) s.provide_input(line);
      else s.close_input();
      continue;
    }
    if (!trace) {
      std::string end = s.shutdown();
      write_all(field(end, "stdout"), stdout);
      write_all(field(end, "stderr"), stderr);
    }
    // sys.exit(n) sets the exit status; otherwise 1 after an error.
    size_t code = res.find("\"exit_code\":");
    if (code != std::string::npos) return std::atoi(res.c_str() + code + 12);
    return has(res, "\"status\":\"error\"") ? 1 : 0;
  }
}
}  // namespace

int main(int argc, char** argv) {
  std::string mode = argc == 3 ? argv[1] : "";
  std::string source, filename;
  if (mode == "--dis") return disassemble_file(argv[2]);
  if (mode == "-c") { source = argv[2]; filename = "<string>"; }
  else if (argc == 2 || mode == "--trace" || mode == "--memory") {
    filename = argv[argc - 1];
    if (!read_file(filename.c_str(), &source)) return 2;
    // python3 shows the script as cwd + the path given, unnormalised.
    if (filename[0] != '/') {
      char cwd[4096];
      if (getcwd(cwd, sizeof cwd)) filename = std::string(cwd) + "/" + filename;
    }
  } else {
    std::fprintf(stderr, "usage: yieldlab [--trace | --memory | --dis] FILE.py | yieldlab -c CODE\n");
    return 2;
  }
  yl::Session s;
  std::string loaded = s.load(source, filename);
  if (has(loaded, "\"ok\":false")) {
    write_all(field(s.run(0), "stderr"), stderr);
    return 1;
  }
  int rc = run(s, mode == "--trace");
  if (mode == "--memory") std::fprintf(stderr, "%s\n", s.memory().c_str());
  return rc;
}
