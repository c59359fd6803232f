#include "session.h"
#include "vm_clock.h"
#include "compiler.h"
#include "json.h"
#include "objects/collections_ops.h"
#include "parser.h"
#include "session_scope.h"
#include "vm.h"

namespace yl {

std::unordered_map<std::string, std::string>& sources();  // vm_init.cpp

namespace {
std::string error_json(const SyntaxErrorInfo& err) {
  Json j;
  j.begin_object().key("ok").boolean(false).key("error").begin_object()
      .key("type").str(err.type).key("message").str(err.message)
      .key("line").num(err.line).key("col").num(err.col).end_object().end_object();
  return j.text();
}

// The traceback python3 prints for a syntax error.
std::string syntax_traceback(const SyntaxErrorInfo& err, const std::string& source, const std::string& filename) {
  std::string e = "  File \"" + filename + "\", line " + std::to_string(err.line) + "\n";
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
    // As python3 prints them: no caret when the column falls inside the
    // line's indentation (unexpected indent, TabError), one caret for the
    // other IndentationErrors, else the error's span.
    int caret = err.col - int(lead);
    bool indentation = err.type == "IndentationError" || err.type == "TabError";
    int width = !indentation && err.end_line == err.line && err.end_col > err.col ? err.end_col - err.col : 1;
    if (caret >= 1) e += "    " + std::string(size_t(caret - 1), ' ') + std::string(size_t(width), '^') + "\n";
  }
  return e + err.type + ": " + err.message + "\n";
}

// Small integers from a JSON text: the only JSON the session reads.
std::vector<double> json_numbers(const std::string& s) {
  std::vector<double> out;
  for (size_t i = 0; i < s.size();) {
    if ((s[i] >= '0' && s[i] <= '9') || s[i] == '-') {
      size_t used = 0;
      out.push_back(std::stod(s.substr(i), &used));
      i += used;
    } else {
      ++i;
    }
  }
  return out;
}

// The number after "key": in a flat JSON object, or -1.
double json_field(const std::string& s, const std::string& key) {
  size_t p = s.find("\"" + key + "\"");
  if (p == std::string::npos) return -1;
  p = s.find(':', p);
  if (p == std::string::npos) return -1;
  auto nums = json_numbers(s.substr(p + 1, s.find_first_of(",}", p + 1) - p - 1));
  return nums.empty() ? -1 : nums[0];
}
}  // namespace

// A session is interactive, as the page is: input() waits for provide_input().
Session::Session() : vm_(std::make_unique<VM>()) { vm_->stdin_interactive = true; }
Session::~Session() {
  // Not a HeapScope: that would touch the heap after the VM that owns it is gone.
  Heap* saved = g_heap;
  g_heap = &vm_->heap;
  vm_.reset();
  g_heap = saved;
}
VM& Session::vm() { return *vm_; }

std::string Session::load(const std::string& source, const std::string& filename) {
  HeapScope hs(&vm_->heap);
  sources()[filename] = source;
  SyntaxErrorInfo err;
  NodeP mod = parse_module(source, &err);
  Code* code = nullptr;
  if (mod) code = compile(*vm_, *mod, filename, CompileMode::Module, &err);
  if (!code) {
    vm_->err += syntax_traceback(err, source, filename);
    return error_json(err);
  }
  // A program read from a file knows its path (not one given with -c).
  if (!filename.empty() && filename[0] != '<')
    dict_set(*vm_, vm_->main_globals, vm_->intern("__file__"), vm_->str(filename).get());
  vm_->start_main(code);
  decref(code);
  seen_.clear();
  stepped_ = false;
  return "{\"ok\":true}";
}

Code* Session::compile_console(const std::string& source, int mode, std::string* error) {
  static const std::string kConsole = "<console>";
  sources()[kConsole] = source;
  SyntaxErrorInfo err;
  NodeP mod = parse_module(source, &err);
  Code* code = mod ? compile(*vm_, *mod, kConsole, CompileMode(mode), &err) : nullptr;
  if (!code) {
    vm_->err += syntax_traceback(err, source, kConsole);
    *error = error_json(err);
  }
  return code;
}

std::string Session::eval(const std::string& source) {
  HeapScope hs(&vm_->heap);
  std::string error;
  Code* code = compile_console(source, int(CompileMode::Console), &error);
  if (!code) return error;
  vm_->start_console_job(code);
  decref(code);
  return "{\"ok\":true}";
}

std::string Session::generator(double id, const std::string& action, const std::string& arg) {
  HeapScope hs(&vm_->heap);
  VM& vm = *vm_;
  Generator* g = nullptr;
  vm.heap.each([&](Object* o) {
    if (o->type == vm.t_generator && static_cast<Generator*>(o)->id == uint32_t(id)) g = static_cast<Generator*>(o);
  });
  auto fail = [&](const std::string& type, const std::string& msg) {
    Json j;
    j.begin_object().key("ok").boolean(false).key("error").begin_object()
        .key("type").str(type).key("message").str(msg).end_object().end_object();
    return j.text();
  };
  if (!g) return fail("LookupError", "no live generator with id " + std::to_string(int64_t(id)));
  const char* method = action == "next" ? "__next__" : action == "send" ? "send" : action == "throw" ? "throw" : action == "close" ? "close" : nullptr;
  if (!method) return fail("ValueError", "unknown generator action '" + action + "'");
  Ref gen = Ref::borrow(Value::obj(g));
  try {
    Ref callable = vm.getattr(gen.get(), vm.intern(method));
    std::vector<Ref> args;
    if (action == "send" || action == "throw") {
      std::string error;
      Code* code = compile_console(arg.empty() ? "None" : arg, int(CompileMode::Eval), &error);
      if (!code) return error;
      Ref value;
      try { value = vm.run_code_sync(code); } catch (...) { decref(code); throw; }
      decref(code);
      args.push_back(std::move(value));
    }
    std::vector<Value> raw;
    for (auto& r : args) raw.push_back(r.get());
    Ref immediate;
    if (!vm.start_call_job(callable.get(), raw.data(), raw.size(), &immediate)) {
      // Answered without running Python code (e.g. close() on a finished
      // generator): the job is already over.
      vm.job_value = std::move(immediate);
      return "{\"ok\":true,\"done\":true}";
    }
  } catch (PyException& e) {
    vm.err += vm.format_exception(e.exc);
    return fail(vm.type_of(e.exc)->name, vm.str_s(e.exc));
  }
  return "{\"ok\":true}";
}

std::string Session::run(double budget) {
  HeapScope hs(&vm_->heap, run_headroom(vm_->heap, !vm_->jobs.empty()));
  if (!breakpoints_.empty()) return run_stepping(kStepContinue, budget);
  const char* job = job_kind();
  return finish(int(vm_->run(uint64_t(budget))), nullptr, job);
}

void Session::set_breakpoints(const std::string& lines_json) {
  breakpoints_.clear();
  for (double n : json_numbers(lines_json)) breakpoints_.insert(int(n));
}

void Session::set_limits(const std::string& json) {
  double memory = json_field(json, "memory"), recursion = json_field(json, "recursion"), output = json_field(json, "output");
  if (memory >= 0) vm_->heap.cap = size_t(memory);
  if (recursion > 0) vm_->recursion_limit = int(recursion);
  if (output >= 0) vm_->output_limit = size_t(output);
}

void Session::provide_input(const std::string& line) {
  vm_->stdin_text += line;
  vm_->stdin_text += '\n';
  vm_->waiting_input = false;
}

const char* Session::job_kind() {
  if (vm_->jobs.empty()) return "program";
  return vm_->jobs.back()->console ? "console" : "generator";
}

void Session::close_input() {
  vm_->stdin_interactive = false;
  vm_->waiting_input = false;
}

std::string Session::finish(int status_code, const char* stop_reason, const char* job) {
  HeapScope host(&vm_->heap);  // reporting is the host's work, never the program's
  VM& vm = *vm_;
  auto st = RunStatus(status_code);
  Json j;
  j.begin_object();
  const char* status = st == RunStatus::Finished ? "finished" : st == RunStatus::Paused ? "paused"
                       : st == RunStatus::Input ? "input" : "error";
  int exit_code = st == RunStatus::Error ? 1 : 0;
  bool ended = st == RunStatus::Finished || st == RunStatus::Error;
  if (ended && std::string(job) == "program") vm.fs->flush_all();  // what interpreter shutdown flushes
  bool system_exit = st == RunStatus::Error && vm.isinstance(vm.last_error(), vm.e_system_exit);
  if (system_exit) {
    // sys.exit(): no traceback; an int code is the exit status, anything
    // else is printed to stderr with status 1.
    auto* e = static_cast<ExceptionObj*>(vm.last_error().as_obj());
    Tuple* args = as_tuple(e->args);
    Value code = args->size == 0 ? Value::none() : args->size == 1 ? args->items[0] : e->args;
    if (code.is_none()) exit_code = 0;
    else if (code.is_int()) exit_code = int(code.as_int());
    else vm.err += vm.str_s(code) + "\n";
    if (exit_code == 0) { st = RunStatus::Finished; status = "finished"; }
  }
  j.key("status").str(status);
  if (system_exit && exit_code != 0) {
    j.key("error").begin_object().key("type").str("SystemExit").key("message").str(vm.str_s(vm.last_error()))
        .key("line").num(0).key("col").num(0).end_object();
  } else if (st == RunStatus::Error) {
    Value exc = vm.last_error();
    if (!vm.error_printed) vm.err += vm.format_exception(exc);
    vm.error_printed = false;
    auto* e = static_cast<ExceptionObj*>(exc.as_obj());
    j.key("error").begin_object().key("type").str(vm.type_of(exc)->name).key("message").str(vm.str_s(exc))
        .key("line").num(e->traceback.empty() ? 0 : e->traceback.front().line)
        .key("col").num(e->traceback.empty() ? 0 : e->traceback.front().col).end_object();
  } else {
    j.key("error").null();
  }
  j.key("stop");
  if (stop_reason) {
    Position p = position();
    j.begin_object().key("reason").str(stop_reason).key("line").num(p.line)
        .key("function").str(p.frame ? p.frame->code->name : "").key("depth").num(p.depth).end_object();
  } else {
    j.null();
  }
  j.key("job").str(job);
  j.key("value");
  if (st == RunStatus::Finished && std::string(job) != "program" && !vm.job_value.is_null()) {
    std::string r;
    try { r = vm.repr_s(vm.job_value.get()); } catch (PyException&) { r = "<unprintable value>"; }
    j.str(r);
  } else {
    j.null();
  }
  j.key("exit_code").num(exit_code);
  // Instructions executed since the session began (all jobs), from the
  // virtual clock: the page shows progress and per-step costs as differences.
  j.key("instructions").num(double((vm_now_ns(vm) - vm.slept_ns) / kInstructionNs));
  j.key("stdout").str(vm.out).key("stderr").str(vm.err);
  j.end_object();
  vm.out.clear();
  vm.err.clear();
  return j.text();
}

std::string Session::shutdown() {
  HeapScope hs(&vm_->heap);
  VM& vm = *vm_;
  vm.close_generators_at_exit();
  vm.fs->flush_all();
  Json j;
  j.begin_object().key("stdout").str(vm.out).key("stderr").str(vm.err).end_object();
  vm.out.clear();
  vm.err.clear();
  return j.text();
}

void Session::add_file(const std::string& path, const std::string& text) { vm_->fs->put(path, text); }

std::string Session::file(const std::string& path) const {
  const std::string* data = vm_->fs->content(path);
  return data ? *data : std::string();
}

bool Session::has_file(const std::string& path) const { return vm_->fs->is_file(path); }

void Session::set_stdin(const std::string& text) {
  vm_->stdin_text = text;
  vm_->stdin_pos = 0;
  vm_->stdin_interactive = false;
}


}  // namespace yl
