// The virtual machine: the frame stack, the interpreter loop, the object
// protocols (calls, attributes, iteration, arithmetic, comparison, repr) and
// the built-in types. One VM per session; nothing here is global except the
// heap pointer that Session::run installs (see heap.h).
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>
#include "frame.h"
#include "fs.h"
#include "objects/containers.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "opcodes.h"

namespace yl {

// A Python exception travelling through C++ code (never on the hot path).
struct PyException {
  Value exc;  // owned
  explicit PyException(Value e) : exc(e) {}
  PyException(const PyException& o) : exc(o.exc) { incref(exc); }
  ~PyException() { decref(exc); }
};

// Arguments of a native call: positional values, then keyword values whose
// names are in `kwnames` (a Tuple of Str), all borrowed.
struct CallArgs {
  Value* args = nullptr;
  size_t n = 0;          // positional count (includes self for methods)
  Value* kwvals = nullptr;
  Tuple* kwnames = nullptr;
  size_t nkw() const { return kwnames ? kwnames->size : 0; }
  Value operator[](size_t i) const { return args[i]; }
  // The keyword argument `name`, or null.
  Value kw(std::string_view name) const;
};

// Arguments owned by a Task (coroutine natives outlive the caller's stack).
struct OwnedArgs {
  std::vector<Ref> pos;
  std::vector<std::pair<std::string, Ref>> kw;
  Value kwarg(std::string_view name) const {
    for (auto& [k, v] : kw) if (k == name) return v.get();
    return Value::null();
  }
};

enum class RunStatus { Finished, Paused, Error, Input };

class Scheduler;  // vm_threads.h: cooperative threads

class VM {
public:
  VM();
  ~VM();

  Heap heap;

  // ---- built-in types ----
  Type *t_type, *t_object, *t_none, *t_bool, *t_int, *t_float, *t_str, *t_list, *t_tuple,
      *t_dict, *t_set, *t_frozenset, *t_range, *t_slice, *t_function, *t_native, *t_method,
      *t_code, *t_cell, *t_generator, *t_module, *t_property, *t_staticmethod, *t_classmethod,
      *t_super, *t_iterator, *t_notimpl, *t_ellipsis, *t_dict_keys,
      *t_dict_values, *t_dict_items, *t_list_iter, *t_tuple_iter, *t_str_iter, *t_range_iter,
      *t_dict_keyiter, *t_dict_valueiter, *t_dict_itemiter, *t_set_iter, *t_reversed;
  // exceptions
  Type *e_base, *e_exception, *e_type, *e_value, *e_name, *e_unbound, *e_attribute, *e_index,
      *e_key, *e_lookup, *e_zero, *e_arith, *e_overflow, *e_stop, *e_runtime, *e_recursion,
      *e_memory, *e_syntax, *e_indentation, *e_assertion, *e_gen_exit, *e_keyboard,
      *e_not_impl, *e_import, *e_module_not_found, *e_os, *e_file_not_found, *e_eof,
      *e_unicode, *e_system_exit, *e_stop_async;
  Value not_implemented, ellipsis;

  Dict* builtins;
  Dict* modules;          // name -> module (imported)
  Dict* main_globals;

  // ---- output ----
  std::string out, err;
  size_t output_limit = 0;   // bytes written to stdout+stderr allowed; 0: none
  size_t output_total = 0;   // bytes written so far
  // Appends program output, raising the output-limit error past the limit.
  void write_out(std::string_view s, bool to_stderr = false);

  // ---- input ----
  // Text the program reads with input(). When `stdin_interactive`, running
  // out of lines pauses the run (RunStatus::Input) until the host adds one;
  // otherwise it is end of file (EOFError), as with a pipe.
  std::string stdin_text;
  size_t stdin_pos = 0;
  bool stdin_interactive = false;
  bool waiting_input = false;

  // ---- files (modules/files.cpp) ----
  // Shared with open file objects, which flush into it even while the heap
  // is torn down after the VM's other members are gone.
  std::shared_ptr<MemFS> fs = std::make_shared<MemFS>();
  Type *t_file = nullptr, *e_unsupported = nullptr;  // TextIOWrapper, io.UnsupportedOperation

  // ---- annotations (objects/alias.h) ----
  Type *t_generic_alias = nullptr, *t_union_type = nullptr, *t_typing_alias = nullptr;

  // ---- limits ----
  int recursion_limit = 1000;
  int depth = 0;           // Python frames on the stack

  // ---- virtual clock ----
  // Programs see time only through this clock, so every run prints the same:
  // nanoseconds since the session started. Executed instructions advance it
  // by a small fixed cost and time.sleep by its argument (see vm_clock.h).
  int64_t clock_ns = 0;
  int64_t slept_ns = 0;       // the part of clock_ns spent in sleep (not CPU time)
  int64_t clock_ticks = 0;    // `ticks` when clock_ns last counted the instructions

  // ---- cooperative threads (vm_threads.h) ----
  // Null until the program imports threading; then every thread is a chain
  // of frames and the scheduler picks the one `current` runs.
  std::unique_ptr<Scheduler> threads;
  bool switch_pending_ = false;   // the scheduler takes over at the next instruction boundary
  int64_t ticks_reserve_ = 0;     // the run's budget beyond the running thread's time slice
  bool error_printed = false;     // the program's uncaught error is already on stderr (printed
                                  // before the interpreter waited for its other threads)
  // Stops the interpreter at the next instruction boundary for the scheduler.
  void request_switch() {
    switch_pending_ = true;
    if (!interrupted_) { interrupted_ = true; deferred_ticks_ = ticks; ticks = 0; }
  }

  // ---- running ----
  // Starts executing `code` as the __main__ module.
  void start_main(Code* code);
  // Runs the innermost job (else the program) until it finishes, fails or
  // `budget` instructions ran.
  RunStatus run(uint64_t budget);

  // ---- jobs: work started on top of the program (paused or finished) ----
  // A console line or a generator action runs as a job with its own sink, so
  // it can be run in slices and stepped like the program; the program below
  // stays exactly where it was. Finishing a job leaves its value in job_value.
  struct Job {
    SinkFrame sink;
    Frame* below = nullptr;   // the program's current frame while the job runs
    int depth = 0;
    bool console = false;     // a console line (prints its value like the REPL)
  };
  std::vector<std::unique_ptr<Job>> jobs;
  Ref job_value;              // the value of the last job that finished
  // Starts `code` (compiled in Console mode) as a job on the main globals.
  void start_console_job(Code* code);
  // Starts the call f(*args) as a job. Returns false when the call finished
  // at once (result in *immediate; a raised error propagates as PyException).
  bool start_call_job(Value f, const Value* args, size_t n, Ref* immediate);
  // Runs module-level code on the main globals to completion (not pausable).
  Ref run_code_sync(Code* code);
  // Interpreter shutdown's part that programs can see: closes every suspended
  // generator (vm_exit.cpp). Synchronous; the host calls it once, at the end.
  void close_generators_at_exit();
  bool program_running() const { return main_started_; }
  SinkFrame* active_sink() { return jobs.empty() ? &main_sink_ : &jobs.back()->sink; }
  Value last_error() const { return error_; }  // the uncaught exception (owned by the VM)
  std::string format_exception(Value exc);     // the full traceback text
  std::string suggestion(Value exc);           // ". Did you mean: 'x'?" or ""

  // ---- object creation ----
  Value intern(std::string_view s);            // borrowed, lives as long as the VM
  Ref str(std::string_view s);
  Ref new_tuple(const Value* items, size_t n); // items borrowed
  Ref new_tuple(size_t n);                     // items null, to be filled (steals)
  Ref new_list(size_t reserve = 0);
  Ref new_dict();
  Ref new_set(bool frozen = false);
  Ref int_from_decimal(const std::string& digits);
  Ref from_bigint(num::BigInt v);              // small int when it fits
  Ref from_int64(int64_t v);
  Ref new_range(int64_t start, int64_t stop, int64_t step);  // step != 0
  // iter(range(start, stop, step)) without the range: a range iterator keeps
  // only its next value, step and count, as CPython's does.
  Ref new_range_iter(int64_t start, int64_t stop, int64_t step);  // step != 0
  // The generator object of a call of generator function `fn`, owning `f`
  // (freed here if making the generator fails).
  Ref new_generator(Function* fn, PyFrame* f);
  Ref new_native(const char* name, NativeFn fn, const char* owner = nullptr);
  Ref new_native_co(const char* name, NativeCo co, const char* owner = nullptr);
  Ref new_exception(Type* t, std::string_view msg);
  Type* new_builtin_type(const char* name, Layout layout, Type* base);
  Ref make_native_iter(Task t, const char* name);
  Type* native_iter_type(const char* name);   // one type per kind, made on first use
  std::unordered_map<std::string, Type*> native_iter_types_;

  // ---- errors ----
  [[noreturn]] void raise(Type* t, std::string_view msg);
  [[noreturn]] void raise_value(Value exc);   // borrowed
  [[noreturn]] void type_error(std::string_view msg) { raise(e_type, msg); }
  // NameError / AttributeError that remember the name (and object), as
  // CPython's do, so the traceback can suggest a close match.
  [[noreturn]] void raise_name_error(Value name);
  // LOAD_GLOBAL's lookup when its cache misses: finds code->names[i] in
  // the globals, then the builtins, and remembers where (borrowed result).
  Value load_global_slow(Code* code, Dict* globals, uint32_t i);
  [[noreturn]] void raise_attribute_error(Value obj, Value name, std::string_view msg);
  // TypeErrors for *x of a non-iterable and **x of a non-mapping, in a call
  // to `func` (null: in a display, [*x] / {**x}) (vm_errors.cpp).
  void check_star_operand(Value x, Value func);
  void check_double_star_operand(Value x, Value func);
  // TypeError "Can't instantiate abstract class ..." when `cls` (an abc.ABC
  // subclass) still has methods marked @abstractmethod (modules/abc.cpp).
  void check_not_abstract(Type* cls);

  // ---- protocols (synchronous; may run Python code in a nested loop) ----
  Type* type_of(Value v) const;
  bool truthy(Value v);
  Ref repr(Value v);
  Ref to_str(Value v);
  std::string repr_s(Value v);
  std::string str_s(Value v);
  int64_t hash(Value v);
  int64_t hash_slow(Value v);  // hash() of what is not a small int or a hashed str
  bool eq(Value a, Value b);
  Ref compare(Value a, Value b, CmpOp op);
  bool less(Value a, Value b) { return truthy(compare(a, b, C_LT).get()); }
  Ref binary(Value a, Value b, BinOp op, bool inplace = false);
  Ref binary_numbers(Value a, Value b, BinOp op);  // binary()'s parts, in vm_ops.cpp
  Ref binary_user(Value a, Value b, BinOp op, bool inplace);
  Ref binary_builtin(Value a, Value b, BinOp op, bool inplace);
  Ref binary_builtin_other(Value a, Value b, BinOp op, bool inplace);
  Ref unary(Value a, UnOp op);
  Ref getattr(Value o, Value name);           // raises AttributeError
  Ref getattr_opt(Value o, Value name);       // null when missing
  void setattr(Value o, Value name, Value v);
  void delattr(Value o, Value name);
  Ref getitem(Value o, Value k);
  void setitem(Value o, Value k, Value v);
  void delitem(Value o, Value k);
  bool contains(Value container, Value item);
  size_t len(Value o);
  size_t len_from_method(Value method, Value o);  // calls a Python __len__ and checks its result
  Ref get_iter(Value o);
  Ref call_sync(Value f, const Value* args, size_t n, Tuple* kwnames = nullptr);
  Ref call_sync(Value f, std::initializer_list<Value> args) { return call_sync(f, args.begin(), args.size()); }
  // Next item of an iterator, run synchronously; null when exhausted.
  Ref next_sync(Value it);
  // All items of an iterable (synchronously).
  std::vector<Ref> collect(Value iterable);
  Ref lookup_type(Type* t, Value name);       // MRO lookup; null when missing
  Ref type_new(Type* cls);                    // the __new__ calling cls runs (cached for built-in types)
  bool isinstance(Value v, Type* t) { return is_subclass(type_of(v), t); }
  // issubclass for types: by the MRO, or by an ABC's subclass hook.
  bool is_subclass(Type* sub, Type* t) { return sub->is_subtype(t) || (t->subclass_hook && t->subclass_hook(*this, sub)); }
  int64_t index_of(Value v);                  // __index__ for subscripts; TypeError otherwise
  bool is_int(Value v) const { return v.is_int() || v.is_bool() || (v.is_obj() && v.as_obj()->type == t_int); }
  bool is_number(Value v) const { return is_int(v) || v.is_float(); }  // exact int, bool or float
  double to_double(Value v);                  // int/float/bool -> double or TypeError

  // ---- awaitables for Task natives ----
  struct CallAwait;
  struct NextAwait;
  CallAwait call(Value f, std::vector<Value> args);          // borrowed args
  // f(*args) where the last len(kwnames) args are keyword arguments.
  CallAwait call_kw(Value f, std::vector<Value> args, Tuple* kwnames);
  NextAwait next(Value it);

  // Native frame bookkeeping used by the awaitables.
  bool start_call(Frame* parent, Value f, const Value* args, size_t n, Tuple* kwnames, Ref* out);
  enum class NextResult { Item, Done, Pushed };
  NextResult start_next(Frame* parent, Value it, Ref* out);

  // ---- modules ----
  Ref import_module(std::string_view name);
  std::unordered_map<std::string, Ref (*)(VM&)> module_factories;

  // ---- generators ----
  uint32_t next_gen_id = 1;

  // Frames
  Frame* current = nullptr;

  // Internal: the interpreter.
  void execute(SinkFrame* sink, bool budgeted);
  int64_t ticks = 0;         // instructions left in this slice (pauses at <= 0 when not nested)
  bool budget_hit = false;
  int nested = 0;            // nested synchronous runs (no pausing inside)
  // A finalizer is queued: the interpreter stops at the next instruction
  // boundary so execute() can run it; the slice's remaining ticks wait here.
  bool interrupted_ = false;
  int64_t deferred_ticks_ = 0;
  void interrupt_for_finalizers() {
    if (interrupted_) return;
    interrupted_ = true; deferred_ticks_ = ticks; ticks = 0;
  }

  // Calls `f` with args, from the interpreter: pushes a frame or answers at once.
  // Returns true when a frame was pushed (the result will be delivered later).
  bool invoke(Frame* parent, Value f, Value* args, size_t n, Tuple* kwnames, Value self_for_method, Ref* result);

  void deliver(Frame* child, Outcome kind, Value v);   // v owned
  void throw_into(Frame* f, Value exc);                // raise exc in frame f (owned)

  Ref resume_generator(Generator* g, Frame* parent, Wait w, uint32_t wait_arg, Value send, bool is_throw, bool* pushed);

  PyFrame* make_frame(Function* fn, Value* args, size_t n, Tuple* kwnames);
  void drop_frame(PyFrame* f);

  // Looked up by string_view without making a std::string (C++20 heterogeneous lookup).
  struct SvHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, Value, SvHash, std::equal_to<>> interned_;
  Value intern_cache_[64];  // see intern()
  // lookup_type()'s answers: where `name` was found along a type's MRO (home
  // null: nowhere), valid while no dict of that MRO has gained or lost a key
  // since `stamp` (Dict key versions only grow, process-wide). The value is
  // read from home's entry on each hit, so reassigning an attribute needs no
  // invalidation. Holds a reference to each name, none to the type: its
  // serial tells a later type at the same address apart.
  struct TypeLookup {
    Type* type = nullptr;
    uint64_t serial = 0;
    Value name = Value::null();  // owned
    Dict* home = nullptr;
    uint32_t entry = 0;
    uint64_t stamp = 0;
  };
  TypeLookup type_lookups_[512];
  Value error_;
  Value pending_;          // exception to raise in `current` (owned)
  bool pending_tb_ = true; // add a traceback entry for `current` when raising it
  SinkFrame main_sink_;
  bool main_started_ = false;

  void init_types();
  void init_builtins();
  void run_python(PyFrame* f);
  bool deliver_to_python(Frame* child, Value v);  // vm_python.cpp
  // Starts or resumes `g`, known to be resumable, for `parent` waiting in
  // `w`: what resume_generator() does once its checks pass, inline for the
  // dispatch loop's FOR_ITER and SEND. The caller hands over the value of
  // the generator's `yield` (unless it has not started) and switches frames.
  PyFrame* enter_generator(Generator* g, Frame* parent, Wait w, uint32_t wait_arg) {
    ++depth;
    parent->wait = w;
    parent->wait_arg = wait_arg;
    PyFrame* gf = g->frame;
    gf->parent = parent;
    incref(g);  // held while it runs
    g->state = GenState::Running;
    current = gf;
    return gf;
  }
  // Hands a resumed generator the value of its `yield`, the reference with
  // it. A `yield` statement drops that value at once (POP_TOP): for None,
  // which holds no reference, the pop runs here, without a dispatch. It
  // still counts as an instruction, so only while the slice has one to spare
  // (a budget of 1, as stepping uses, never skips it).
  void push_sent(PyFrame* gf, Value v) {
    if (v.is_none() && ticks > 0 && op_of(gf->code->ops[gf->ip]) == POP_TOP) {
      --ticks;
      ++gf->ip;
      return;
    }
    gf->stack[gf->sp++] = v;
  }
  // For CALL's fast paths, borrowed (the builtins and list's dict hold them).
  Value len_builtin = Value::null();
  Value list_append_method = Value::null();
  // How the dispatch loop goes on after an opcode run out of line.
  enum class ColdEnd { Next, Switch, Return };
  ColdEnd run_cold_op(PyFrame* f, uint32_t ins);  // vm_python_cold.cpp
  bool call_from_stack(PyFrame* f, uint32_t ins);  // vm_call.cpp: run_python's general CALL
  [[noreturn]] void raise_unbound_local(Code* code, uint32_t slot);
  [[noreturn]] void raise_unbound_deref(Code* code, uint32_t slot);
  bool unwind(PyFrame* f, Value exc, bool add_tb);   // true: handler found in f
  void propagate();                                  // raises pending_ in `current`
  void fail_current(Value exc, bool add_tb = true) { decref(pending_); pending_ = exc; pending_tb_ = add_tb; }
  void finish_generator(Generator* g);
  void finish_generator_public(Generator* g) { finish_generator(g); }
  void resume_native(NativeFrame* nf);
  void run_finalizers();
  // What collecting a suspended generator does: close() it, reporting an
  // error as "Exception ignored in: ..." on stderr, as CPython does.
  void finalize_generator(Generator* g);
};

// Helpers natives use.
inline Str* as_str(Value v) { return static_cast<Str*>(v.as_obj()); }
inline List* as_list(Value v) { return static_cast<List*>(v.as_obj()); }
inline Tuple* as_tuple(Value v) { return static_cast<Tuple*>(v.as_obj()); }
inline Dict* as_dict(Value v) { return static_cast<Dict*>(v.as_obj()); }
inline Set* as_set(Value v) { return static_cast<Set*>(v.as_obj()); }

}  // namespace yl

namespace yl {

// co_await vm.call(f, {args}) inside a Task: runs f through the frame stack.
struct VM::CallAwait {
  VM& vm;
  Value f;
  std::vector<Value> args;
  Tuple* kwnames = nullptr;   // names of the last args (keyword arguments), borrowed
  Ref result;
  NativeFrame* frame = nullptr;
  bool pushed = false;
  bool await_ready() { return false; }
  bool await_suspend(Task::Handle h) {
    frame = h.promise().frame;
    size_t nkw = kwnames ? kwnames->size : 0;
    pushed = vm.start_call(frame, f, args.data(), args.size() - nkw, kwnames, &result);
    return pushed;
  }
  Ref await_resume() {
    if (!pushed) return std::move(result);
    Value v = frame->received; frame->received = Value::null();
    if (frame->received_kind == Outcome::Raise) throw PyException(v);
    return Ref::steal(v);
  }
};

// co_await vm.next(it): the next item, or a null Ref when exhausted.
struct VM::NextAwait {
  VM& vm;
  Value it;
  Ref result;
  NativeFrame* frame = nullptr;
  bool pushed = false;
  bool await_ready() { return false; }
  bool await_suspend(Task::Handle h) {
    frame = h.promise().frame;
    NextResult r = vm.start_next(frame, it, &result);
    if (r == NextResult::Pushed) { pushed = true; return true; }
    if (r == NextResult::Done) result = Ref();
    return false;
  }
  Ref await_resume() {
    if (!pushed) return std::move(result);
    Value v = frame->received; frame->received = Value::null();
    switch (frame->received_kind) {
      case Outcome::Value: return Ref::steal(v);
      case Outcome::Exhausted: decref(v); return Ref();
      case Outcome::Raise:
        if (vm.isinstance(v, vm.e_stop)) { decref(v); return Ref(); }
        throw PyException(v);
    }
    return Ref();
  }
};

inline VM::CallAwait VM::call(Value f, std::vector<Value> args) { return CallAwait{*this, f, std::move(args)}; }
inline VM::CallAwait VM::call_kw(Value f, std::vector<Value> args, Tuple* kwnames) {
  return CallAwait{*this, f, std::move(args), kwnames};
}
inline VM::NextAwait VM::next(Value it) { return NextAwait{*this, it}; }

}  // namespace yl
