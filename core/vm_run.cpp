// The interpreter loop: runs Python frames instruction by instruction and
// native frames by resuming their coroutines, moving outcomes between frames
// without ever recursing on the C++ stack for Python-level work.
#include <cmath>
#include "objects/collections_ops.h"
#include "vm.h"
#include "vm_threads.h"

namespace yl {

Ref format_value(VM& vm, Value v, std::string_view spec);  // str_methods.cpp

namespace {
int frame_line(PyFrame* f) {
  uint32_t i = f->ip ? f->ip - 1 : 0;
  return i < f->code->lines.size() ? f->code->lines[i] : f->code->firstline;
}
}  // namespace

int PyFrame::line() const { return frame_line(const_cast<PyFrame*>(this)); }

// ---------------------------------------------------------------- delivery

void VM::deliver(Frame* child, Outcome kind, Value v) {
  Frame* p = child->parent;
  child->parent = nullptr;
  current = p;
  if (p->wait == Wait::Init && kind == Outcome::Value) {
    if (!v.is_none()) {
      std::string t = type_of(v)->name;
      decref(v);
      kind = Outcome::Raise;
      v = new_exception(e_type, "__init__() should return None, not '" + t + "'").release();
    } else {
      v = p->wait_default; p->wait_default = Value::null();
    }
    p->wait = Wait::Call;
  }
  if (kind == Outcome::Exhausted && p->wait == Wait::Call) {
    if (!p->wait_default.is_null()) {
      decref(v); v = p->wait_default; p->wait_default = Value::null(); kind = Outcome::Value;
    } else {
      Ref args = v.is_none() ? new_tuple(nullptr, 0) : new_tuple(&v, 1);
      decref(v);
      Ref exc = call_sync(Value::obj(e_stop), args.as<Tuple>()->items, args.as<Tuple>()->size);
      v = exc.release(); kind = Outcome::Raise;
    }
  }
  if (kind == Outcome::Raise && p->wait == Wait::Call && !p->wait_default.is_null() && isinstance(v, e_stop)) {
    // next(it, default) where a Python __next__ raised StopIteration.
    decref(v); v = p->wait_default; p->wait_default = Value::null(); kind = Outcome::Value;
  }
  if (!p->wait_default.is_null()) { decref(p->wait_default); p->wait_default = Value::null(); }
  switch (p->kind) {
    case FrameKind::Sink: {
      auto* s = static_cast<SinkFrame*>(p);
      s->kind = kind; s->value = v; s->done = true;
      return;
    }
    case FrameKind::Native: {
      auto* n = static_cast<NativeFrame*>(p);
      decref(n->received);
      n->received_kind = kind; n->received = v;
      return;
    }
    case FrameKind::Python: break;
  }
  auto* f = static_cast<PyFrame*>(p);
  switch (kind) {
    case Outcome::Value:
      f->stack[f->sp++] = v;
      return;
    case Outcome::Exhausted:
      if (f->wait == Wait::ForIter) {
        decref(v);
        decref(f->stack[--f->sp]);
        f->ip = f->wait_arg;
      } else {  // Send: the delegation is over; its value is the result
        decref(f->stack[--f->sp]);
        f->stack[f->sp++] = v;
        f->ip = f->wait_arg;
      }
      return;
    case Outcome::Raise:
      if (f->wait == Wait::ForIter && isinstance(v, e_stop)) {
        decref(v);
        decref(f->stack[--f->sp]);
        f->ip = f->wait_arg;
        return;
      }
      if (f->wait == Wait::Send && isinstance(v, e_stop)) {
        // A non-generator subiterator of `yield from` finished: its
        // StopIteration's value is the value of the whole expression.
        Tuple* args = as_tuple(static_cast<ExceptionObj*>(v.as_obj())->args);
        Value result = args->size ? args->items[0] : Value::none();
        incref(result);
        decref(v);
        decref(f->stack[--f->sp]);
        f->stack[f->sp++] = result;
        f->ip = f->wait_arg;
        return;
      }
      fail_current(v, true);
      return;
  }
}

// ---------------------------------------------------------------- exceptions

bool VM::unwind(PyFrame* f, Value exc, bool add_tb) {
  auto* e = static_cast<ExceptionObj*>(exc.as_obj());
  if (add_tb) {
    incref(f->code);
    uint32_t i = f->ip ? f->ip - 1 : 0;
    const Code* c = f->code;
    bool known = i < c->cols.size() && i < c->end_cols.size();
    e->traceback.push_back({f->code, frame_line(f), known ? c->cols[i] : 0, known ? c->end_lines[i] : 0, known ? c->end_cols[i] : 0});
  }
  while (f->nblocks) {
    Block b = f->blocks[--f->nblocks];
    if (b.kind == Block::Handler) {
      // Leaving an except clause by an exception: restore what it replaced.
      decref(f->handled);
      f->handled = b.saved;
      continue;
    }
    while (f->sp > b.depth) decref(f->stack[--f->sp]);
    // Enter the handler: remember the exception handled before, mark this one.
    Block& h = f->blocks[f->nblocks++];
    h.kind = Block::Handler; h.handler = 0; h.depth = f->sp; h.saved = f->handled;
    incref(exc);
    f->handled = exc;
    f->stack[f->sp++] = exc;   // takes the reference passed in
    f->ip = b.handler;
    return true;
  }
  return false;
}

void VM::propagate() {
  while (!pending_.is_null()) {
    Value exc = pending_; pending_ = Value::null();
    bool tb = pending_tb_;
    Frame* fr = current;
    if (fr->kind == FrameKind::Sink) {
      auto* s = static_cast<SinkFrame*>(fr);
      s->kind = Outcome::Raise; s->value = exc; s->done = true;
      return;
    }
    if (fr->kind == FrameKind::Native) {
      // Natives see the exception when their coroutine resumes.
      auto* n = static_cast<NativeFrame*>(fr);
      decref(n->received);
      n->received_kind = Outcome::Raise; n->received = exc;
      return;
    }
    auto* f = static_cast<PyFrame*>(fr);
    // Context chaining: an exception raised while another is handled.
    auto* e = static_cast<ExceptionObj*>(exc.as_obj());
    if (tb && e->context.is_none()) {
      for (Frame* x = f; x; x = x->parent) {
        if (x->kind != FrameKind::Python) continue;
        Value h = static_cast<PyFrame*>(x)->handled;
        if (!h.is_null() && !h.is_none() && h != exc) { incref(h); e->context = h; break; }
        if (static_cast<PyFrame*>(x)->gen) break;
      }
    }
    if (unwind(f, exc, tb)) return;
    // No handler here: the frame ends with this exception.
    Generator* g = f->gen;
    if (g) {
      if (isinstance(exc, e_stop)) {
        // PEP 479: StopIteration must not leak out of a generator.
        Ref re = new_exception(e_runtime, "generator raised StopIteration");
        auto* r = static_cast<ExceptionObj*>(re.as<Object>());
        decref(r->cause); r->cause = exc; incref(exc);
        decref(r->context); r->context = exc;
        r->suppress_context = true;
        exc = re.release();
        // Its traceback starts in the frame that resumed the generator, as
        // CPython's does: the generator's own frame is only in the cause's.
        tb = true;
      }
    }
    --depth;
    deliver(f, Outcome::Raise, exc);
    if (g) { finish_generator(g); decref(g); } else drop_frame(f);
    // deliver() queued the exception again if the parent is a Python frame.
  }
}

void VM::finish_generator(Generator* g) {
  g->state = GenState::Closed;
  PyFrame* f = g->frame;
  g->frame = nullptr;
  if (f) {
    f->parent = nullptr;
    drop_frame(f);
  }
}

// ---------------------------------------------------------------- natives

void VM::resume_native(NativeFrame* nf) {
  auto& pr = nf->task.h.promise();
  nf->task.h.resume();
  // Still suspended on an await: its child runs (or already answered).
  if (!nf->task.h.done() && !pr.yielded) return;
  Value exc = Value::null();
  if (pr.error) {
    std::exception_ptr e = pr.error;
    pr.error = nullptr;
    try { std::rethrow_exception(e); }
    catch (PyException& p) { exc = p.exc; incref(exc); }
    catch (MemoryExhausted&) { exc = new_exception(e_memory, "").release(); }
  }
  NativeIter* it = nf->iter;
  if (!exc.is_null()) {
    if (it) { it->running = false; it->frame = nullptr; }
    deliver(nf, Outcome::Raise, exc);
    if (it) decref(it);
    delete nf;
    return;
  }
  Value r = pr.result; pr.result = Value::null();
  if (pr.yielded) {
    pr.yielded = false;
    it->running = false;
    deliver(nf, Outcome::Value, r);
    decref(it);
    return;
  }
  if (it) {
    it->running = false; it->frame = nullptr;
    deliver(nf, Outcome::Exhausted, Value::none());
    decref(it);
  } else {
    deliver(nf, Outcome::Value, r);
  }
  delete nf;
}

// ---------------------------------------------------------------- the loop

void VM::execute(SinkFrame* sink, bool budgeted) {
  for (;;) {
    try {
      if (!pending_.is_null()) {
        // Unwinding a MemoryError to its handler allocates (traceback
        // entries); under the full cap that would raise a fresh MemoryError
        // forever. The handler itself runs under the cap again.
        struct Uncap {
          Heap& h; size_t saved;
          Uncap(Heap& heap, bool on) : h(heap), saved(heap.headroom) { if (on) h.headroom = kUncapped; }
          ~Uncap() { h.headroom = saved; }
        } uncap(heap, isinstance(pending_, e_memory));
        propagate();
      }
      // Threads switch only here, in the top-level run (see vm_threads.h).
      bool top = threads && nested == 0;
      if (sink->done && !(top && threads->hold_exit(sink))) return;
      if (interrupted_ && nested == 0) { interrupted_ = false; ticks += deferred_ticks_; deferred_ticks_ = 0; }
      if (!heap.finalize_queue.empty() && nested == 0) run_finalizers();
      // Cycles go at instruction boundaries of the top-level run, where every
      // value in use is held by a frame, a coroutine or a Ref.
      if (nested == 0 && heap.collection_due()) heap.collect();
      if (top && threads->at_boundary(sink)) continue;
      if (budgeted && nested == 0 && ticks == 0) {
        if (top && threads->next_slice()) continue;
        budget_hit = true;
        return;
      }
      Frame* f = current;
      if (f->kind == FrameKind::Python) {
        run_python(static_cast<PyFrame*>(f));
        if (budgeted && budget_hit) {
          if (top && threads->next_slice()) continue;
          return;
        }
      } else if (f->kind == FrameKind::Native) {
        resume_native(static_cast<NativeFrame*>(f));
        if (waiting_input && nested == 0) return;  // input() waits for the host
      } else {
        return;  // a sink that is not ours: cannot happen
      }
    } catch (PyException& e) {
      fail_current(e.exc, true);
      e.exc = Value::null();
    } catch (MemoryExhausted&) {
      size_t saved = heap.headroom; heap.headroom = kUncapped;
      fail_current(new_exception(e_memory, "").release(), true);
      heap.headroom = saved;
    }
  }
}

}  // namespace yl
