// Frames: the explicit call stack. Python frames run bytecode; native frames
// run a Task coroutine; a sink frame is where a host (the session, or a
// native helper calling Python synchronously) waits for a result. Every frame
// delivers its outcome to `parent`, the frame that started or resumed it.
#pragma once
#include "objects/function.h"

namespace yl {

struct Generator;
struct NativeIter;

enum class FrameKind : uint8_t { Python, Native, Sink };

// What a parent frame does with the outcome of the child it waits on.
enum class Wait : uint8_t {
  Call,      // push the returned value; a finished generator raises StopIteration
  ForIter,   // push the item; when exhausted pop the iterator and jump to wait_arg
  Send,      // yield from: push the item and yield it; when exhausted push the value, jump
  Init,      // calling a class: the result must be None; push wait_default (the instance)
};

enum class Outcome : uint8_t { Value, Exhausted, Raise };

struct Frame {
  FrameKind kind;
  Wait wait = Wait::Call;
  uint32_t wait_arg = 0;
  Frame* parent = nullptr;
  Value wait_default;            // next(it, default): owned
  explicit Frame(FrameKind k) : kind(k) {}
};

struct Block {
  enum Kind : uint8_t { Except, Finally, Handler, With } kind;
  uint32_t handler;      // instruction to jump to
  uint32_t depth;        // value-stack depth to restore
  Value saved;           // Handler blocks: the exception handled before this one
};

struct PyFrame : Frame {
  Code* code;                // owned
  Function* func;            // owned, may be null for module code
  Dict* globals;             // owned
  Dict* locals_dict = nullptr;  // class bodies and module code use a dict
  Generator* gen = nullptr;  // set when this frame belongs to a generator
  uint32_t ip = 0;           // next instruction
  uint32_t sp = 0;           // value stack height
  uint32_t nblocks = 0;
  Value handled;             // exception being handled in this frame (owned)
  Block* blocks;             // maxblocks entries, after the slots
  Value* stack;              // stacksize entries, after locals and cells
  Value slots[1];            // locals, then cells, then the value stack

  PyFrame() : Frame(FrameKind::Python) {}
  int line() const;
};

// Frames live outside the object heap (they are not Python objects) but their
// memory is accounted like everything else.
PyFrame* new_pyframe(Code* code, Function* func, Dict* globals);
void free_pyframe(PyFrame* f);   // drops every reference it holds
void traverse_pyframe(PyFrame* f, Visitor& v);

struct NativeFrame : Frame {
  Task task;
  Outcome received_kind = Outcome::Value;
  Value received;                // owned
  NativeIter* iter = nullptr;    // set when the frame belongs to a native iterator
  const char* name;              // for stack views
  NativeFrame(Task t, const char* n) : Frame(FrameKind::Native), task(std::move(t)), name(n) {
    task.h.promise().frame = this;
  }
  ~NativeFrame() { decref(received); decref(wait_default); }
};

struct SinkFrame : Frame {
  Outcome kind = Outcome::Value;
  Value value;                   // owned once delivered
  bool done = false;
  SinkFrame() : Frame(FrameKind::Sink) {}
};

}  // namespace yl
