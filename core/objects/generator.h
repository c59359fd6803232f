// Generator objects (a Python frame kept alive between resumptions) and
// native iterators (map, zip, itertools ...: a Task kept alive likewise).
#pragma once
#include "frame.h"

namespace yl {

enum class GenState : uint8_t { Created, Running, Suspended, Closed };

struct Generator : Object {
  PyFrame* frame;            // owned; null once the generator has finished
  Code* code;                // owned; gi_code outlives the frame
  GenState state = GenState::Created;
  Value name, qualname;      // owned Str
  Value last_yielded;        // owned; for the live generator view
  uint64_t yields = 0;       // values produced so far
  uint32_t id = 0;           // stable id for the session API
  bool finalized = false;    // close() already ran as a finalizer
  Generator(Type* t, PyFrame* f, Value n, Value q);
  ~Generator() override;
  void traverse(Visitor& v) override;
  void clear() override;
  bool needs_finalizer() const override;
  size_t owned_bytes() const override;
};

struct NativeIter : Object {
  NativeFrame* frame;        // owned; null once exhausted
  bool running = false;
  NativeIter(Type* t, Task task, const char* name);
  ~NativeIter() override;
};

}  // namespace yl
