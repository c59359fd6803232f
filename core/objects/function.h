// Code objects (compiled bytecode), Python functions, native functions and
// the method wrappers (bound methods, property, staticmethod, classmethod).
#pragma once
#include <string>
#include "objects/containers.h"
#include "task.h"

namespace yl {

struct Code : Object {
  enum Flags : uint32_t { kGenerator = 1, kVarArgs = 2, kVarKw = 4, kModule = 8, kClassBody = 16 };
  std::string name, qualname, filename;
  Vec<uint32_t> ops;      // opcode in the low 8 bits, argument in the high 24
  Vec<int32_t> lines;     // source line of each instruction
  Vec<int32_t> cols;      // source column (1-based) of each instruction
  Vec<int32_t> end_lines, end_cols;  // where its expression ends (end_col exclusive)
  Vec<Value> consts;
  Vec<Value> names;       // Str: global/attribute names
  Vec<Value> varnames;    // Str: parameters first, then other locals
  Vec<Value> cellnames;   // Str: locals captured by inner functions
  Vec<Value> freenames;   // Str: variables taken from enclosing functions
  Vec<int32_t> cell_from_arg;  // for each cell, the parameter slot it copies or -1
  int argcount = 0, posonly = 0, kwonly = 0;
  int stacksize = 0, maxblocks = 0, firstline = 1;
  int doc_const = -1;     // index of the docstring in consts, -1 when there is none
  uint32_t flags = 0;
  // Where LOAD_GLOBAL last found each name (indexed like `names`): the entry
  // of the globals or builtins dict, valid while both dicts' keys_version
  // are what they were. Filled on first use.
  struct GlobalCache {
    const Dict* globals = nullptr;
    const Dict* builtins = nullptr;  // null: found in globals
    uint64_t globals_version = 0, builtins_version = 0;
    uint32_t entry = 0;
  };
  Vec<GlobalCache> global_cache;
  Code(Type* t) : Object(t) {}
  ~Code() override;
  void traverse(Visitor& v) override;
  size_t owned_bytes() const override {
    return ops.capacity() * 4 + lines.capacity() * 4 + cols.capacity() * 4 +
           end_lines.capacity() * 4 + end_cols.capacity() * 4 +
           global_cache.capacity() * sizeof(GlobalCache) +
           (consts.capacity() + names.capacity() + varnames.capacity()) * sizeof(Value);
  }
  int nlocals() const { return int(varnames.size()); }
  int ncells() const { return int(cellnames.size() + freenames.size()); }
  bool is_generator() const { return flags & kGenerator; }
};

struct Function : Object {
  Code* code;
  Dict* globals;
  Tuple* defaults = nullptr;    // may be null
  Dict* kwdefaults = nullptr;   // may be null
  Dict* annotations = nullptr;  // __annotations__; null until a def gives some or a program asks
  Tuple* closure = nullptr;     // cells for the code's free variables
  Value name, qualname, module;
  Dict* attrs = nullptr;        // __dict__, created on first use
  Function(Type* t) : Object(t) {}
  ~Function() override;
  // A call with n positional arguments and no keywords binds them to the
  // first n locals and nothing else: no defaults, *args, **kwargs, cells.
  bool binds_plainly(size_t n) const {
    return n == size_t(code->argcount) && code->kwonly == 0 && code->cellnames.empty() && !closure &&
           !(code->flags & (Code::kVarArgs | Code::kVarKw));
  }
  void traverse(Visitor& v) override;
  void clear() override;
};

struct CallArgs;
// A native function either answers at once (`fn`) or is a coroutine (`co`)
// that may run Python code through the frame stack before it answers.
using NativeFn = Value (*)(VM&, CallArgs&);
using NativeCo = Task (*)(VM&, CallArgs&);

struct NativeFunction : Object {
  const char* name;
  NativeFn fn = nullptr;
  NativeCo co = nullptr;
  Value self;            // bound receiver for module-level natives (may be null)
  const char* owner = nullptr;  // type name for methods, e.g. "list"
  NativeFunction(Type* t) : Object(t) {}
  ~NativeFunction() override { decref(self); }
  void traverse(Visitor& v) override { v.visit(self); }
};

struct BoundMethod : Object {
  Value self, func;
  BoundMethod(Type* t, Value s, Value f) : Object(t), self(s), func(f) { incref(s); incref(f); }
  ~BoundMethod() override { decref(self); decref(func); }
  void traverse(Visitor& v) override { v.visit(self); v.visit(func); }
  void clear() override { Value a = self, b = func; self = func = Value::none(); decref(a); decref(b); }
};

// property, staticmethod and classmethod wrap one to three callables.
struct Wrapper : Object {
  Value fget, fset, fdel;
  Wrapper(Type* t, Value g) : Object(t), fget(g), fset(Value::none()), fdel(Value::none()) { incref(g); }
  ~Wrapper() override { decref(fget); decref(fset); decref(fdel); }
  void traverse(Visitor& v) override { v.visit(fget); v.visit(fset); v.visit(fdel); }
  void clear() override {
    Value a = fget, b = fset, c = fdel; fget = fset = fdel = Value::none();
    decref(a); decref(b); decref(c);
  }
};

struct SuperObj : Object {
  Type* start; Value self;
  SuperObj(Type* t, Type* s, Value o) : Object(t), start(s), self(o) { incref(s); incref(o); }
  ~SuperObj() override { decref(start); decref(self); }
  void traverse(Visitor& v) override { v.visit(Value::obj(start)); v.visit(self); }
};

}  // namespace yl
