// What the session shows of a program: frames with their locals, live
// generators, memory counters. Everything is read from the VM as it stands;
// nothing here changes the program's state (reprs of user objects may run
// their __repr__, as any debugger's would).
#include <algorithm>
#include <map>
#include <unordered_map>
#include "json.h"
#include "objects/collections_ops.h"
#include "session.h"
#include "session_scope.h"
#include "vm.h"
#include "vm_threads.h"

namespace yl {

namespace {
constexpr size_t kShortRepr = 120;

std::string short_repr(VM& vm, Value v) {
  std::string r;
  try { r = vm.repr_s(v); }
  catch (PyException& e) { r = "<repr failed: " + vm.type_of(e.exc)->name + ">"; }
  if (r.size() > kShortRepr) r = r.substr(0, kShortRepr - 3) + "...";
  return r;
}

// id() of a value as the program would see it.
double object_id(Value v) { return double(v.is_obj() ? uintptr_t(v.as_obj()) : v.bits() >> 3); }

void value_json(VM& vm, Json& j, std::string_view name, Value v) {
  j.begin_object().key("name").str(name).key("repr").str(short_repr(vm, v))
      .key("type").str(vm.type_of(v)->name).key("id").num(object_id(v));
  if (vm.type_of(v) == vm.t_generator) j.key("generator").num(static_cast<Generator*>(v.as_obj())->id);
  j.end_object();
}

// A namespace's names in insertion order, without the __dunder__ entries
// the runtime puts there (modules and functions are kept: the program made them).
void names_json(VM& vm, Json& j, Dict* d) {
  j.begin_array();
  size_t pos = 0; Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    std::string n = vm.str_s(k);
    if (n.size() > 4 && n.compare(0, 2, "__") == 0 && n.compare(n.size() - 2, 2, "__") == 0) continue;
    value_json(vm, j, n, v);
  }
  j.end_array();
}

// The locals of a frame in slot order: parameters and locals, then cells.
void locals_json(VM& vm, Json& j, PyFrame* f) {
  if (f->locals_dict || !f->func) {
    names_json(vm, j, f->locals_dict ? f->locals_dict : f->globals);  // module code
    return;
  }
  j.begin_array();
  const Code* c = f->code;
  for (int i = 0; i < c->nlocals(); ++i)
    if (!f->slots[i].is_null()) value_json(vm, j, vm.str_s(c->varnames[size_t(i)]), f->slots[i]);
  size_t ncell = c->cellnames.size();
  for (int i = 0; i < c->ncells(); ++i) {
    Value cell = f->slots[size_t(c->nlocals() + i)];
    if (!cell.is_obj() || cell.as_obj()->type != vm.t_cell) continue;
    Value v = static_cast<Cell*>(cell.as_obj())->value;
    if (v.is_null()) continue;
    Value name = size_t(i) < ncell ? c->cellnames[size_t(i)] : c->freenames[size_t(i) - ncell];
    value_json(vm, j, vm.str_s(name), v);
  }
  j.end_array();
}

int frame_line(const PyFrame* f, bool innermost) {
  const Code* c = f->code;
  uint32_t i = innermost ? f->ip : (f->ip ? f->ip - 1 : 0);
  if (i < c->lines.size()) return c->lines[i];
  return c->lines.empty() ? c->firstline : c->lines.back();
}

const char* state_name(GenState s) {
  switch (s) {
    case GenState::Created: return "created";
    case GenState::Running: return "running";
    case GenState::Suspended: return "suspended";
    case GenState::Closed: return "closed";
  }
  return "?";
}

void generator_json(VM& vm, Json& j, Generator* g) {
  j.begin_object().key("id").num(g->id).key("name").str(vm.str_s(g->name))
      .key("qualname").str(vm.str_s(g->qualname)).key("state").str(state_name(g->state));
  PyFrame* f = g->frame;
  j.key("line");
  if (!f) j.null();
  else if (g->state == GenState::Created) j.num(f->code->firstline);
  else j.num(frame_line(f, false));
  j.key("locals");
  if (f) locals_json(vm, j, f); else j.begin_array().end_array();
  j.key("yielded").num(double(g->yields));
  j.key("last_value");
  if (g->last_yielded.is_null()) j.null(); else j.str(short_repr(vm, g->last_yielded));
  j.key("yield_from");
  if (g->state == GenState::Suspended && f && f->ip >= 2 && op_of(f->code->ops[f->ip - 2]) == SEND && f->sp) {
    Value sub = f->stack[f->sp - 1];
    j.begin_object().key("repr").str(short_repr(vm, sub));
    if (vm.type_of(sub) == vm.t_generator) j.key("generator").num(static_cast<Generator*>(sub.as_obj())->id);
    j.end_object();
  } else {
    j.null();
  }
  j.end_object();
}

const char* thread_state(ThreadState s) {
  switch (s) {
    case ThreadState::Runnable: return "runnable";
    case ThreadState::Sleeping: return "sleeping";
    case ThreadState::Blocked: return "blocked";
    case ThreadState::Finished: return "finished";
  }
  return "?";
}

// Every thread started so far: where each stands and what it waits for.
void threads_json(VM& vm, Json& j) {
  j.begin_array();
  if (!vm.threads) { j.end_array(); return; }
  Scheduler& s = *vm.threads;
  for (auto& t : s.all()) {
    bool running = t.get() == s.running();
    j.begin_object().key("name").str(t->name).key("ident").num(double(t->ident))
        .key("state").str(thread_state(t->state)).key("current").boolean(running)
        .key("daemon").boolean(t->daemon);
    j.key("waiting_for");
    if (*t->waiting_for) j.str(t->waiting_for); else j.null();
    j.key("wake_time");
    if (t->wake_ns == kNoTimeout) j.null(); else j.num(double(t->wake_ns) / 1e9);
    // The innermost Python frame of the thread: its function and line.
    PyFrame* pf = nullptr;
    bool innermost = true;
    if (t->state != ThreadState::Finished && t->entered) {
      for (Frame* f = running ? vm.current : t->top; f && f->kind != FrameKind::Sink; f = f->parent) {
        if (f->kind == FrameKind::Python) { pf = static_cast<PyFrame*>(f); break; }
        innermost = false;
      }
    }
    j.key("function");
    if (pf) j.str(pf->code->name); else j.null();
    j.key("line");
    if (pf) j.num(frame_line(pf, innermost)); else j.null();
    j.end_object();
  }
  j.end_array();
}

void memory_json(VM& vm, Json& j) {
  const HeapCounters& c = vm.heap.counters();
  struct Bucket { size_t count = 0, bytes = 0; };
  // Counted per type object first: the page asks for this after every step,
  // and a lookup by name cost a string copy and compare per live object.
  std::unordered_map<const Type*, Bucket> by_type_object;
  size_t in_objects = 0;
  vm.heap.each([&](Object* o) {
    Bucket& b = by_type_object[o->type];
    size_t bytes = o->alloc_size + o->owned_bytes();
    b.count++;
    b.bytes += bytes;
    in_objects += bytes;
  });
  std::map<std::string, Bucket> by_type;  // types sharing a name count together
  for (auto& [t, tb] : by_type_object) {
    Bucket& b = by_type[t ? t->name : "?"];
    b.count += tb.count;
    b.bytes += tb.bytes;
  }
  std::vector<std::pair<std::string, Bucket>> rows(by_type.begin(), by_type.end());
  std::sort(rows.begin(), rows.end(), [](auto& a, auto& b) { return a.second.bytes != b.second.bytes ? a.second.bytes > b.second.bytes : a.first < b.first; });
  j.begin_object().key("live_bytes").num(double(c.live_bytes)).key("peak_bytes").num(double(c.peak_bytes))
      .key("live_objects").num(double(c.live_objects)).key("peak_objects").num(double(c.peak_objects))
      .key("allocations").num(double(c.allocations)).key("cap").num(double(vm.heap.cap));
  // Frames and the runtime's own tables are counted in live_bytes but are not objects.
  j.key("other_bytes").num(double(c.live_bytes > in_objects ? c.live_bytes - in_objects : 0));
  j.key("by_type").begin_array();
  for (auto& [name, b] : rows)
    j.begin_object().key("type").str(name).key("count").num(double(b.count)).key("bytes").num(double(b.bytes)).end_object();
  j.end_array().end_object();
}
}  // namespace

std::string Session::memory() {
  HeapScope hs(&vm_->heap);
  Json j;
  memory_json(*vm_, j);
  return j.text();
}

void Session::reset_peak() { vm_->heap.reset_peak(); }

std::string Session::snapshot() {
  HeapScope hs(&vm_->heap);
  VM& vm = *vm_;
  Json j;
  j.begin_object();
  j.key("program").str(vm.program_running() ? "running" : "idle");
  j.key("job").str(job_kind());
  j.key("waiting_input").boolean(vm.waiting_input);
  // Frames, innermost first; each job's frames sit above the program's.
  j.key("frames").begin_array();
  bool innermost = true;
  auto frames_of = [&](Frame* f) {
    for (; f && f->kind != FrameKind::Sink; f = f->parent) {
      if (f->kind == FrameKind::Native) {
        j.begin_object().key("function").str(static_cast<NativeFrame*>(f)->name).key("native").boolean(true).end_object();
        innermost = false;
        continue;
      }
      auto* pf = static_cast<PyFrame*>(f);
      j.begin_object().key("function").str(pf->code->name).key("qualname").str(pf->code->qualname)
          .key("line").num(frame_line(pf, innermost)).key("native").boolean(false);
      j.key("generator");
      if (pf->gen) j.num(pf->gen->id); else j.null();
      j.key("locals");
      locals_json(vm, j, pf);
      j.end_object();
      innermost = false;
    }
  };
  frames_of(vm.current);
  for (size_t i = vm.jobs.size(); i-- > 0;) frames_of(vm.jobs[i]->below);
  j.end_array();
  // The program's globals, also once it has finished (the console and the
  // generator cards go on using them).
  j.key("globals");
  names_json(vm, j, vm.main_globals);
  // Live generators, oldest first.
  std::vector<Generator*> gens;
  vm.heap.each([&](Object* o) { if (o->type == vm.t_generator) gens.push_back(static_cast<Generator*>(o)); });
  std::sort(gens.begin(), gens.end(), [](Generator* a, Generator* b) { return a->id < b->id; });
  j.key("generators").begin_array();
  for (Generator* g : gens) generator_json(vm, j, g);
  j.end_array();
  j.key("clock").num(double(vm_now_ns(vm)) / 1e9);
  j.key("threads");
  threads_json(vm, j);
  j.key("memory");
  memory_json(vm, j);
  j.key("stdout").str(vm.out).key("stderr").str(vm.err);
  vm.out.clear();
  vm.err.clear();
  j.end_object();
  return j.text();
}

}  // namespace yl
