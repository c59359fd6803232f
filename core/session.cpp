#include "session.h"
#include "compiler.h"
#include "parser.h"
#include "vm.h"

namespace yl {

std::unordered_map<std::string, std::string>& sources();  // vm_init.cpp

namespace {
std::string json_str(const std::string& s) {
  std::string o = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': o += "\\\""; break;
      case '\\': o += "\\\\"; break;
      case '\n': o += "\\n"; break;
      case '\r': o += "\\r"; break;
      case '\t': o += "\\t"; break;
      default:
        if (c < 0x20) { char b[8]; std::snprintf(b, sizeof b, "\\u%04x", c); o += b; }
        else o += char(c);
    }
  }
  return o + "\"";
}

// Sets the session's heap as the current one for the duration of a call.
struct HeapScope {
  Heap* saved;
  explicit HeapScope(Heap* h) : saved(g_heap) { g_heap = h; }
  ~HeapScope() { g_heap = saved; }
};
}  // namespace

Session::Session() : vm_(std::make_unique<VM>()) {}
Session::~Session() { HeapScope hs(&vm_->heap); vm_.reset(); }
VM& Session::vm() { return *vm_; }

std::string Session::load(const std::string& source, const std::string& filename) {
  HeapScope hs(&vm_->heap);
  sources()[filename] = source;
  SyntaxErrorInfo err;
  NodeP mod = parse_module(source, &err);
  Code* code = nullptr;
  if (mod) code = compile(*vm_, *mod, filename, CompileMode::Module, &err);
  if (!code) {
    std::string& e = vm_->err;
    e += "  File \"" + filename + "\", line " + std::to_string(err.line) + "\n";
    std::string text = err.text;
    if (text.empty()) {
      size_t pos = 0;
      for (int l = 1; l < err.line && pos != std::string::npos; ++l) { pos = source.find('\n', pos); if (pos != std::string::npos) ++pos; }
      if (pos != std::string::npos && pos < source.size()) text = source.substr(pos, source.find('\n', pos) - pos);
    }
    size_t lead = text.find_first_not_of(" \t");
    if (lead == std::string::npos) lead = text.size();
    std::string shown = text.substr(lead);
    while (!shown.empty() && (shown.back() == ' ' || shown.back() == '\r')) shown.pop_back();
    if (!shown.empty()) {
      e += "    " + shown + "\n";
      int caret = err.col - int(lead);
      if (caret < 1) caret = 1;
      int width = err.end_line == err.line && err.end_col > err.col ? err.end_col - err.col : 1;
      e += "    " + std::string(size_t(caret - 1), ' ') + std::string(size_t(width), '^') + "\n";
    }
    e += err.type + ": " + err.message + "\n";
    return "{\"ok\":false,\"error\":{\"type\":" + json_str(err.type) + ",\"message\":" + json_str(err.message) +
           ",\"line\":" + std::to_string(err.line) + ",\"col\":" + std::to_string(err.col) + "}}";
  }
  vm_->start_main(code);
  decref(code);
  return "{\"ok\":true}";
}

std::string Session::run(double budget) {
  HeapScope hs(&vm_->heap);
  RunStatus st = vm_->run(uint64_t(budget));
  std::string error = "null";
  const char* status = st == RunStatus::Finished ? "finished" : st == RunStatus::Paused ? "paused" : "error";
  if (st == RunStatus::Error) {
    Value exc = vm_->last_error();
    vm_->err += vm_->format_exception(exc);
    auto* e = static_cast<ExceptionObj*>(exc.as_obj());
    int line = e->traceback.empty() ? 0 : e->traceback.front().line;
    int col = e->traceback.empty() ? 0 : e->traceback.front().col;
    error = "{\"type\":" + json_str(vm_->type_of(exc)->name) + ",\"message\":" + json_str(vm_->str_s(exc)) +
            ",\"line\":" + std::to_string(line) + ",\"col\":" + std::to_string(col) + "}";
  }
  std::string r = "{\"status\":\"" + std::string(status) + "\",\"stdout\":" + json_str(vm_->out) +
                  ",\"stderr\":" + json_str(vm_->err) + ",\"error\":" + error + "}";
  vm_->out.clear();
  vm_->err.clear();
  return r;
}

}  // namespace yl
