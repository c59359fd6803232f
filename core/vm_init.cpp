// The VM's construction: built-in types, the exception hierarchy, object
// factories, errors, tracebacks and the top-level run loop.
#include "objects/collections_ops.h"
#include "traceback_carets.h"
#include "vm.h"
#include "vm_clock.h"
#include "vm_threads.h"
#include "modules/module.h"

namespace yl {

extern Type* g_dict_type;
void install_builtins(VM& vm);        // builtins.cpp
void install_text_builtins(VM& vm);   // builtins_text.cpp
void install_scope_builtins(VM& vm);  // builtins_scope.cpp
void install_number_methods(VM& vm);  // objects/number_methods.cpp
void install_alias_types(VM& vm);     // objects/alias.cpp

VM::VM() {
  Heap* saved = g_heap;
  g_heap = &heap;
  heap.finalizer_hook = [](void* vm) { static_cast<VM*>(vm)->interrupt_for_finalizers(); };
  heap.finalizer_hook_ctx = this;
  init_types();
  init_builtins();
  register_modules(*this);
  g_heap = saved;
}

VM::~VM() {
  Heap* saved = g_heap;
  g_heap = &heap;
  threads.reset();
  decref(error_); decref(pending_);
  for (auto& [k, v] : interned_) decref(v);
  for (TypeLookup& c : type_lookups_) decref(c.name);
  g_heap = saved;
}

Type* VM::new_builtin_type(const char* name, Layout layout, Type* base) {
  auto* t = make<Type>(t_type, name, layout);
  t->base = base;
  t->mro.push_back(t);
  if (base) for (Type* b : base->mro) t->mro.push_back(b);
  t->dict = make<Dict>(g_dict_type);
  return t;
}

void VM::init_types() {
  // type and dict bootstrap each other.
  t_type = make<Type>(nullptr, "type", Layout::Type);
  t_type->type = t_type;
  t_dict = make<Type>(t_type, "dict", Layout::Dict);
  g_dict_type = t_dict;
  t_object = make<Type>(t_type, "object", Layout::Object);
  for (Type* t : {t_type, t_dict, t_object}) { t->dict = make<Dict>(t_dict); t->mro.push_back(t); }
  t_type->base = t_object; t_type->mro.push_back(t_object);
  t_dict->base = t_object; t_dict->mro.push_back(t_object);
  t_none = new_builtin_type("NoneType", Layout::None, t_object);
  t_int = new_builtin_type("int", Layout::Int, t_object);
  t_bool = new_builtin_type("bool", Layout::Bool, t_int);
  t_float = new_builtin_type("float", Layout::Float, t_object);
  t_str = new_builtin_type("str", Layout::Str, t_object);
  t_list = new_builtin_type("list", Layout::List, t_object);
  t_tuple = new_builtin_type("tuple", Layout::Tuple, t_object);
  t_set = new_builtin_type("set", Layout::Set, t_object);
  t_frozenset = new_builtin_type("frozenset", Layout::FrozenSet, t_object);
  t_range = new_builtin_type("range", Layout::Range, t_object);
  t_slice = new_builtin_type("slice", Layout::Slice, t_object);
  t_function = new_builtin_type("function", Layout::Function, t_object);
  t_native = new_builtin_type("builtin_function_or_method", Layout::Native, t_object);
  t_method = new_builtin_type("method", Layout::BoundMethod, t_object);
  t_code = new_builtin_type("code", Layout::Code, t_object);
  t_cell = new_builtin_type("cell", Layout::Cell, t_object);
  t_generator = new_builtin_type("generator", Layout::Generator, t_object);
  t_module = new_builtin_type("module", Layout::Module, t_object);
  t_property = new_builtin_type("property", Layout::Property, t_object);
  t_staticmethod = new_builtin_type("staticmethod", Layout::StaticMethod, t_object);
  t_classmethod = new_builtin_type("classmethod", Layout::ClassMethod, t_object);
  t_super = new_builtin_type("super", Layout::Super, t_object);
  t_iterator = new_builtin_type("iterator", Layout::Iterator, t_object);
  t_notimpl = new_builtin_type("NotImplementedType", Layout::NotImplemented, t_object);
  t_ellipsis = new_builtin_type("ellipsis", Layout::Ellipsis, t_object);
  t_dict_keys = new_builtin_type("dict_keys", Layout::Object, t_object);
  t_dict_values = new_builtin_type("dict_values", Layout::Object, t_object);
  t_dict_items = new_builtin_type("dict_items", Layout::Object, t_object);
  t_list_iter = new_builtin_type("list_iterator", Layout::Iterator, t_object);
  t_tuple_iter = new_builtin_type("tuple_iterator", Layout::Iterator, t_object);
  t_str_iter = new_builtin_type("str_ascii_iterator", Layout::Iterator, t_object);
  t_range_iter = new_builtin_type("range_iterator", Layout::Iterator, t_object);
  t_dict_keyiter = new_builtin_type("dict_keyiterator", Layout::Iterator, t_object);
  t_dict_valueiter = new_builtin_type("dict_valueiterator", Layout::Iterator, t_object);
  t_dict_itemiter = new_builtin_type("dict_itemiterator", Layout::Iterator, t_object);
  t_set_iter = new_builtin_type("set_iterator", Layout::Iterator, t_object);
  t_reversed = new_builtin_type("list_reverseiterator", Layout::Iterator, t_object);
  not_implemented = Value::obj(make<Object>(t_notimpl));
  ellipsis = Value::obj(make<Object>(t_ellipsis));

  auto exc = [&](const char* name, Type* base) { return new_builtin_type(name, Layout::Exception, base); };
  e_base = exc("BaseException", t_object);
  e_system_exit = exc("SystemExit", e_base);
  e_keyboard = exc("KeyboardInterrupt", e_base);
  e_gen_exit = exc("GeneratorExit", e_base);
  e_exception = exc("Exception", e_base);
  e_stop = exc("StopIteration", e_exception);
  e_stop_async = exc("StopAsyncIteration", e_exception);
  e_arith = exc("ArithmeticError", e_exception);
  e_zero = exc("ZeroDivisionError", e_arith);
  e_overflow = exc("OverflowError", e_arith);
  e_assertion = exc("AssertionError", e_exception);
  e_attribute = exc("AttributeError", e_exception);
  e_eof = exc("EOFError", e_exception);
  e_import = exc("ImportError", e_exception);
  e_module_not_found = exc("ModuleNotFoundError", e_import);
  e_lookup = exc("LookupError", e_exception);
  e_index = exc("IndexError", e_lookup);
  e_key = exc("KeyError", e_lookup);
  e_memory = exc("MemoryError", e_exception);
  e_name = exc("NameError", e_exception);
  e_unbound = exc("UnboundLocalError", e_name);
  e_os = exc("OSError", e_exception);
  e_file_not_found = exc("FileNotFoundError", e_os);
  e_runtime = exc("RuntimeError", e_exception);
  e_recursion = exc("RecursionError", e_runtime);
  e_not_impl = exc("NotImplementedError", e_runtime);
  e_syntax = exc("SyntaxError", e_exception);
  e_indentation = exc("IndentationError", e_syntax);
  e_type = exc("TypeError", e_exception);
  e_value = exc("ValueError", e_exception);
  e_unicode = exc("UnicodeError", e_value);
}

void VM::init_builtins() {
  builtins = static_cast<Dict*>(new_dict().release().as_obj());
  modules = static_cast<Dict*>(new_dict().release().as_obj());
  main_globals = static_cast<Dict*>(new_dict().release().as_obj());
  for (Type* t : {e_base, e_system_exit, e_keyboard, e_gen_exit, e_exception, e_stop, e_stop_async, e_arith,
                  e_zero, e_overflow, e_assertion, e_attribute, e_eof, e_import, e_module_not_found, e_lookup,
                  e_index, e_key, e_memory, e_name, e_unbound, e_os, e_file_not_found, e_runtime, e_recursion,
                  e_not_impl, e_syntax, e_indentation, e_type, e_value, e_unicode})
    dict_set(*this, builtins, intern(t->name), Value::obj(t));
  // The rest of CPython's built-in hierarchy: nothing in the runtime raises
  // these, but programs catch, raise and subclass them by name.
  const std::pair<const char*, const char*> more[] = {
      {"FloatingPointError", "ArithmeticError"}, {"BufferError", "Exception"},
      {"ReferenceError", "Exception"}, {"SystemError", "Exception"}, {"TabError", "IndentationError"},
      {"UnicodeDecodeError", "UnicodeError"}, {"UnicodeEncodeError", "UnicodeError"},
      {"UnicodeTranslateError", "UnicodeError"}, {"ConnectionError", "OSError"},
      {"BrokenPipeError", "ConnectionError"}, {"ConnectionAbortedError", "ConnectionError"},
      {"ConnectionRefusedError", "ConnectionError"}, {"ConnectionResetError", "ConnectionError"},
      {"TimeoutError", "OSError"}, {"InterruptedError", "OSError"}, {"BlockingIOError", "OSError"},
      {"ChildProcessError", "OSError"}, {"ProcessLookupError", "OSError"},
      {"Warning", "Exception"}, {"UserWarning", "Warning"}, {"DeprecationWarning", "Warning"},
      {"PendingDeprecationWarning", "Warning"}, {"SyntaxWarning", "Warning"},
      {"RuntimeWarning", "Warning"}, {"FutureWarning", "Warning"}, {"ImportWarning", "Warning"},
      {"UnicodeWarning", "Warning"}, {"BytesWarning", "Warning"}, {"ResourceWarning", "Warning"},
      {"EncodingWarning", "Warning"}};
  for (auto [name, base] : more) {
    Type* b = static_cast<Type*>(dict_get(*this, builtins, intern(base)).as_obj());
    Type* t = new_builtin_type(name, Layout::Exception, b);
    dict_set(*this, builtins, intern(name), Value::obj(t));
    decref(t);  // the builtins dict holds it
  }
  // Old names CPython keeps as aliases of OSError.
  dict_set(*this, builtins, intern("IOError"), Value::obj(e_os));
  dict_set(*this, builtins, intern("EnvironmentError"), Value::obj(e_os));
  dict_set(*this, builtins, intern("NotImplemented"), not_implemented);
  dict_set(*this, builtins, intern("Ellipsis"), ellipsis);
  // The builtins as a module (`import builtins`, the program's __builtins__).
  auto* bm = make<Module>(t_module, "builtins");
  bm->dict = builtins; incref(builtins);
  dict_set(*this, modules, intern("builtins"), Value::obj(bm));
  // What a script's globals hold before its first line, as CPython's do.
  dict_set(*this, main_globals, intern("__name__"), intern("__main__"));
  for (const char* none : {"__doc__", "__package__", "__loader__", "__spec__", "__cached__"})
    dict_set(*this, main_globals, intern(none), Value::none());
  dict_set(*this, main_globals, intern("__annotations__"), new_dict().get());
  dict_set(*this, main_globals, intern("__builtins__"), Value::obj(bm));
  decref(bm);  // the modules dict and the globals hold it
  install_str_methods(*this);
  install_list_methods(*this);
  install_dict_methods(*this);
  install_set_methods(*this);
  install_range_methods(*this);
  install_float_hex(*this);
  install_builtins(*this);
  install_text_builtins(*this);
  install_scope_builtins(*this);
  install_number_methods(*this);
  install_alias_types(*this);
}

// ---------------------------------------------------------------- factories

Value VM::intern(std::string_view s) {
  // Most callers pass the same literal over and over (intern("__new__") on
  // every call of a class): a small cache indexed by where the text lives
  // answers them without hashing it. The text is still compared, so a
  // temporary string that reuses an address cannot get a wrong answer.
  Value& slot = intern_cache_[(uintptr_t(s.data()) >> 3) % std::size(intern_cache_)];
  if (!slot.is_null() && as_str(slot)->view() == s) return slot;
  auto it = interned_.find(s);
  Value v;
  if (it != interned_.end()) {
    v = it->second;
  } else {
    v = str(s).release();
    interned_.emplace(std::string(s), v);
  }
  slot = v;  // borrowed: interned_ holds every interned string for the VM's life
  return v;
}

Ref VM::int_from_decimal(const std::string& digits) {
  auto b = num::BigInt::from_string(digits, 10);
  return from_bigint(b ? *b : num::BigInt(int64_t(0)));
}

Ref VM::new_native(const char* name, NativeFn fn, const char* owner) {
  auto* n = make<NativeFunction>(t_native);
  n->name = name; n->fn = fn; n->owner = owner;
  return Ref(n);
}
Ref VM::new_native_co(const char* name, NativeCo co, const char* owner) {
  auto* n = make<NativeFunction>(t_native);
  n->name = name; n->co = co; n->owner = owner;
  return Ref(n);
}

Ref VM::new_exception(Type* t, std::string_view msg) {
  auto* e = make<ExceptionObj>(t);
  Ref r(e);
  // An empty message means no arguments at all: `raise StopIteration`.
  if (msg.empty()) { e->args = new_tuple(nullptr, 0).release(); return r; }
  Ref m = str(msg);
  Value mv = m.get();
  e->args = new_tuple(&mv, 1).release();
  return r;
}

void VM::raise(Type* t, std::string_view msg) { throw PyException(new_exception(t, msg).release()); }
void VM::raise_value(Value exc) { incref(exc); throw PyException(exc); }

// ---------------------------------------------------------------- tracebacks

namespace {
std::string strip(const std::string& s);
std::string raw_source_line(const std::string& filename, int line);
}

std::string VM::format_exception(Value exc) {
  auto* e = static_cast<ExceptionObj*>(exc.as_obj());
  std::string out;
  if (!e->cause.is_none()) {
    out += format_exception(e->cause);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!e->context.is_none() && !e->suppress_context) {
    out += format_exception(e->context);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  if (!e->traceback.empty()) {
    out += "Traceback (most recent call last):\n";
    // Like CPython, a run of more than three identical entries (a deep
    // recursion) shows three of them and then how many more there were.
    constexpr int kRepeatCutoff = 3;
    const TracebackEntry* last = nullptr;
    int repeats = 0;
    auto flush_repeats = [&]() {
      if (repeats <= kRepeatCutoff) return;
      int more = repeats - kRepeatCutoff;
      out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
    };
    for (size_t i = e->traceback.size(); i-- > 0;) {
      auto& tb = e->traceback[i];
      bool same = last && last->line == tb.line && last->code->filename == tb.code->filename && last->code->name == tb.code->name;
      if (!same) { flush_repeats(); repeats = 0; last = &tb; }
      if (++repeats > kRepeatCutoff) continue;
      out += "  File \"" + tb.code->filename + "\", line " + std::to_string(tb.line) + ", in " + tb.code->name + "\n";
      std::string raw = raw_source_line(tb.code->filename, tb.line);
      std::string src = strip(raw);
      if (!src.empty()) {
        out += "    " + src + "\n";
        out += caret_line(raw, tb.col, tb.end_col, tb.end_line == tb.line);
      }
    }
    flush_repeats();
  }
  Type* t = type_of(exc);
  std::string msg = str_s(exc);
  std::string name = t->name;
  if (!t->builtin) {
    Value mod = dict_get(*this, t->dict, intern("__module__"));
    if (!mod.is_null() && str_s(mod) != "__main__" && str_s(mod) != "builtins") name = str_s(mod) + "." + name;
  }
  msg += suggestion(exc);
  out += msg.empty() ? name + "\n" : name + ": " + msg + "\n";
  return out;
}

std::unordered_map<std::string, std::string>& sources() {
  static std::unordered_map<std::string, std::string> s;
  return s;
}

namespace {
std::string strip(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r\f");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\r\f");
  return s.substr(a, b - a + 1);
}

// Line `line` of a program's source as written (without its newline).
std::string raw_source_line(const std::string& filename, int line) {
  auto it = sources().find(filename);
  if (it == sources().end()) return "";
  const std::string& src = it->second;
  size_t pos = 0;
  for (int l = 1; l < line && pos != std::string::npos; ++l) {
    pos = src.find('\n', pos);
    if (pos != std::string::npos) ++pos;
  }
  if (pos == std::string::npos || pos >= src.size()) return "";
  size_t end = src.find('\n', pos);
  std::string s = src.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
  if (!s.empty() && s.back() == '\r') s.pop_back();
  return s;
}
}  // namespace

// ---------------------------------------------------------------- running

void VM::start_main(Code* code) {
  if (threads) threads->reset();
  PyFrame* f = new_pyframe(code, nullptr, main_globals);
  f->parent = &main_sink_;
  main_sink_.done = false;
  current = f;
  depth = 1;
  main_started_ = true;
}

RunStatus VM::run(uint64_t budget) {
  if (jobs.empty() && !main_started_) return RunStatus::Finished;
  SinkFrame* sink = active_sink();
  vm_now_ns(*this);  // count the previous slice's instructions before `ticks` restarts
  ticks = int64_t(budget);
  clock_ticks = ticks;
  if (interrupted_) { deferred_ticks_ = ticks; ticks = 0; }  // the interruption is still to be served
  budget_hit = false;
  if (threads) threads->begin_run();
  execute(sink, true);
  ticks_reserve_ = 0;
  if (!sink->done) return waiting_input ? RunStatus::Input : RunStatus::Paused;
  Outcome kind = sink->kind;
  Value v = sink->value;
  sink->value = Value::null();
  if (jobs.empty()) {
    main_started_ = false;
  } else {
    current = jobs.back()->below;
    depth = jobs.back()->depth;
    jobs.pop_back();
  }
  if (kind == Outcome::Raise) {
    decref(error_);
    error_ = v;
    return RunStatus::Error;
  }
  job_value = Ref::steal(v);
  return RunStatus::Finished;
}

void VM::write_out(std::string_view s, bool to_stderr) {
  std::string& dest = to_stderr ? err : out;
  if (output_limit && output_total + s.size() > output_limit) {
    dest.append(s.substr(0, output_limit > output_total ? output_limit - output_total : 0));
    output_total = output_limit;
    raise(e_runtime, "output limit reached: the program wrote more than " + std::to_string(output_limit) + " bytes");
  }
  output_total += s.size();
  dest.append(s);
}

Ref VM::run_code_sync(Code* code) {
  SinkFrame sink;
  Frame* saved = current;
  int saved_depth = depth;
  PyFrame* f = new_pyframe(code, nullptr, main_globals);
  f->parent = &sink;
  current = f;
  ++depth;
  ++nested;
  execute(&sink, false);
  --nested;
  current = saved;
  depth = saved_depth;
  if (sink.kind == Outcome::Raise) throw PyException(sink.value);
  return Ref::steal(sink.value);
}

void VM::start_console_job(Code* code) {
  auto job = std::make_unique<Job>();
  job->below = current;
  job->depth = depth;
  job->console = true;
  PyFrame* f = new_pyframe(code, nullptr, main_globals);
  f->parent = &job->sink;
  current = f;
  ++depth;
  jobs.push_back(std::move(job));
}

bool VM::start_call_job(Value f, const Value* args, size_t n, Ref* immediate) {
  auto job = std::make_unique<Job>();
  job->below = current;
  job->depth = depth;
  current = &job->sink;
  bool pushed;
  try {
    pushed = invoke(&job->sink, f, const_cast<Value*>(args), n, nullptr, Value::null(), immediate);
  } catch (...) {
    current = job->below;
    throw;
  }
  if (!pushed) { current = job->below; return false; }
  jobs.push_back(std::move(job));
  return true;
}

void VM::finalize_generator(Generator* g) {
  g->finalized = true;
  Ref close = getattr_opt(Value::obj(g), intern("close"));
  try { if (!close.is_null()) call_sync(close.get(), {}); }
  catch (PyException& e) {
    err += "Exception ignored in: " + repr_s(Value::obj(g)) + "\n" + format_exception(e.exc);
  }
}

void VM::run_finalizers() {
  std::vector<Object*> q;
  q.swap(heap.finalize_queue);
  for (Object* o : q) {
    if (o->type == t_generator) finalize_generator(static_cast<Generator*>(o));
    decref(o);
  }
}

}  // namespace yl
