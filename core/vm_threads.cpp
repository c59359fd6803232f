// The scheduler of cooperative threads (see vm_threads.h for the model).
#include "vm_threads.h"
#include <algorithm>

namespace yl {

Scheduler::Scheduler(VM& vm, Value main_obj) : vm_(vm) {
  auto t = std::make_unique<VMThread>();
  t->ident = next_ident_++;
  t->obj = Ref::borrow(main_obj);
  t->name = "MainThread";
  t->entered = true;  // its frames are the program's, rooted at VM::main_sink_
  running_ = t.get();
  threads_.push_back(std::move(t));
  slice_start_ = cpu_instructions();
}

// Idents count from 1 in start order, so a thread's ident is its place.
VMThread* Scheduler::find(uint64_t ident) const {
  return ident >= 1 && ident <= threads_.size() ? threads_[ident - 1].get() : nullptr;
}

// Instructions executed so far: the clock without the time spent waiting.
int64_t Scheduler::cpu_instructions() { return (vm_now_ns(vm_) - vm_.slept_ns) / kInstructionNs; }

VMThread* Scheduler::start(Value obj, const std::string& name, bool daemon, Value entry, std::vector<Ref> args,
                           Ref kwnames) {
  auto t = std::make_unique<VMThread>();
  t->ident = next_ident_++;
  t->obj = Ref::borrow(obj);
  t->name = name;
  t->daemon = daemon;
  if (!daemon) ++live_non_daemon_;
  t->entry = Ref::borrow(entry);
  t->args = std::move(args);
  t->kwnames = std::move(kwnames);
  VMThread* p = t.get();
  threads_.push_back(std::move(t));
  starting_.push_back(p);
  vm_.request_switch();
  return p;
}

bool Scheduler::can_block() const { return vm_.nested == 0; }

void Scheduler::block(const void* on, const char* what, int64_t timeout_ns) {
  VMThread* t = running_;
  t->state = on ? ThreadState::Blocked : ThreadState::Sleeping;
  t->waiting_on = on;
  t->waiting_for = what;
  int64_t now = vm_now_ns(vm_);
  t->wake_ns = timeout_ns >= kNoTimeout - now ? kNoTimeout : now + timeout_ns;
  t->blocked_seq = ++seq_;
  t->woke = Wake::Notified;
  waiting_.push_back(t);
  vm_.switch_pending_ = true;
}

void Scheduler::make_ready(VMThread* t, Wake why) {
  if (t->state == ThreadState::Sleeping || t->state == ThreadState::Blocked)
    waiting_.erase(std::find(waiting_.begin(), waiting_.end(), t));
  t->state = ThreadState::Runnable;
  t->woke = why;
  t->waiting_on = nullptr;
  t->waiting_for = "";
  t->wake_ns = kNoTimeout;
}

size_t Scheduler::notify(const void* on, size_t n) {
  std::vector<VMThread*> w;
  for (VMThread* t : waiting_) if (t->state == ThreadState::Blocked && t->waiting_on == on) w.push_back(t);
  std::sort(w.begin(), w.end(), [](VMThread* a, VMThread* b) { return a->blocked_seq < b->blocked_seq; });
  if (w.size() > n) w.resize(n);
  for (VMThread* t : w) { make_ready(t, Wake::Notified); ready_.push_back(t); }
  return w.size();
}

bool Scheduler::waited_on(const void* on) const {
  for (VMThread* t : waiting_) if (t->state == ThreadState::Blocked && t->waiting_on == on) return true;
  return false;
}

void Scheduler::wake_due() {
  int64_t now = vm_now_ns(vm_);
  std::vector<VMThread*> due;
  for (VMThread* t : waiting_) if (t->wake_ns <= now) due.push_back(t);
  std::sort(due.begin(), due.end(), [](VMThread* a, VMThread* b) {
    return a->wake_ns != b->wake_ns ? a->wake_ns < b->wake_ns : a->blocked_seq < b->blocked_seq;
  });
  for (VMThread* t : due) { make_ready(t, t->state == ThreadState::Sleeping ? Wake::Notified : Wake::TimedOut); ready_.push_back(t); }
}

bool Scheduler::jump_clock() {
  int64_t next = kNoTimeout;
  for (VMThread* t : waiting_) next = std::min(next, t->wake_ns);
  if (next == kNoTimeout) return false;
  int64_t now = vm_now_ns(vm_);
  if (next > now) {
    // Idle time: the clock moves on, the process's CPU time does not.
    vm_.clock_ns = next;
    vm_.slept_ns += next - now;
  }
  wake_due();
  return true;
}

// The thread whose frames hold the innermost job (a console line or a
// generator action), or null when no job runs.
VMThread* Scheduler::job_holder() const {
  if (vm_.jobs.empty()) return nullptr;
  const SinkFrame* sink = &vm_.jobs.back()->sink;
  for (auto& t : threads_) {
    if (t->state == ThreadState::Finished || !t->entered) continue;
    Frame* f = t.get() == running_ ? vm_.current : t->top;
    while (f && f->kind != FrameKind::Sink) f = f->parent;
    if (f == sink) return t.get();
  }
  return nullptr;
}

// Every thread waits and no timeout can end a wait: CPython would hang. The
// thread running the session's work (the innermost job, else the main
// thread) wakes with Wake::Deadlock and its wait raises RuntimeError; a main
// thread that only waits for the others to end ends the program instead.
void Scheduler::resolve_deadlock() {
  VMThread* victim = job_holder();
  if (!victim) victim = main();
  make_ready(victim, Wake::Deadlock);
  ready_.push_back(victim);
}

void Scheduler::reschedule() {
  VMThread* cur = running_;
  // A thread that only yields waits behind the sleepers the clock woke; one
  // that just fell asleep (sleep(0)) is queued by wake_due itself.
  bool yields = cur->state == ThreadState::Runnable;
  wake_due();
  if (yields) ready_.push_back(cur);
  for (auto it = starting_.rbegin(); it != starting_.rend(); ++it) ready_.push_front(*it);
  starting_.clear();
  while (ready_.empty())
    if (!jump_clock()) resolve_deadlock();
  VMThread* next = ready_.front();
  ready_.pop_front();
  switch_to(next);
}

void Scheduler::switch_to(VMThread* t) {
  VMThread* cur = running_;
  if (cur != t) {
    cur->top = vm_.current;
    cur->depth = vm_.depth;
    running_ = t;
  }
  slice_start_ = cpu_instructions();
  grant_slice();
  if (cur == t) return;
  if (t->entered) {
    vm_.current = t->top;
    vm_.depth = t->depth;
  } else {
    enter(t);
  }
}

void Scheduler::enter(VMThread* t) {
  t->entered = true;
  vm_.current = &t->sink;
  vm_.depth = 0;
  Ref entry = std::move(t->entry);
  std::vector<Ref> args = std::move(t->args);
  Ref kwnames = std::move(t->kwnames);
  std::vector<Value> raw;
  for (auto& r : args) raw.push_back(r.get());
  auto* names = kwnames.is_null() ? nullptr : kwnames.as<Tuple>();
  size_t npos = raw.size() - (names ? names->size : 0);
  Ref result;
  try {
    // The callee's frame (or native) now holds what it needs of the arguments.
    if (!vm_.invoke(&t->sink, entry.get(), raw.data(), npos, names, Value::null(), &result)) {
      t->sink.kind = Outcome::Value;
      t->sink.value = result.release();
      t->sink.done = true;
      vm_.current = &t->sink;
    }
  } catch (PyException& e) {
    vm_.current = &t->sink;
    t->sink.kind = Outcome::Raise;
    t->sink.value = e.exc;
    e.exc = Value::null();
    t->sink.done = true;
  }
}

void Scheduler::report_exception(VMThread* t, Value exc) {
  // CPython's threading.excepthook: SystemExit ends a thread silently.
  if (vm_.isinstance(exc, vm_.e_system_exit)) return;
  std::string text;
  try { text = vm_.format_exception(exc); }
  catch (PyException&) { text = vm_.type_of(exc)->name + "\n"; }
  vm_.err += "Exception in thread " + t->name + ":\n" + text;
}

void Scheduler::finish_running() {
  VMThread* t = running_;
  SinkFrame& s = t->sink;
  if (s.kind == Outcome::Raise) report_exception(t, s.value);
  decref(s.value);
  s.value = Value::null();
  t->state = ThreadState::Finished;
  if (!t->daemon) --live_non_daemon_;
  t->obj = Ref();
  t->top = nullptr;
  notify(t);  // join()
  if (main_exited_ && main()->state == ThreadState::Blocked && !has_live_non_daemon()) notify(&main_exited_);
  reschedule();
}


bool Scheduler::at_boundary(SinkFrame* sink) {
  if (vm_.switch_pending_) {
    vm_.switch_pending_ = false;
    reschedule();
    return true;
  }
  Frame* c = vm_.current;
  if (c->kind != FrameKind::Sink || c == sink || !static_cast<SinkFrame*>(c)->done) return false;
  if (c == &running_->sink) {
    finish_running();
    return true;
  }
  if (c == &vm_.main_sink_ && running_ == main()) {
    // The main code ended while a job runs on another thread's frames: the
    // main thread has nothing left to do but wait for the program's end.
    main_exited_ = true;
    notify(main());  // main_thread().join() returns now
    block(&main_exited_, "exit", kNoTimeout);
    vm_.switch_pending_ = false;
    reschedule();
    return true;
  }
  return false;
}

bool Scheduler::hold_exit(SinkFrame* sink) {
  if (sink != &vm_.main_sink_) return false;
  if (running_ != main()) return main_exited_;
  if (!main_exited_ && has_live_non_daemon()) {
    // As CPython does: the traceback of the main code's error comes first,
    // then the interpreter joins the remaining threads.
    if (sink->kind == Outcome::Raise && !vm_.isinstance(sink->value, vm_.e_system_exit)) {
      vm_.err += vm_.format_exception(sink->value);
      vm_.error_printed = true;
    }
    main_exited_ = true;
    notify(main());  // main_thread().join() returns now
    block(&main_exited_, "exit", kNoTimeout);
    vm_.switch_pending_ = false;
    reschedule();
    if (running_ != main()) return true;
  }
  if (main()->woke == Wake::Deadlock && has_live_non_daemon() && sink->kind != Outcome::Raise) {
    decref(sink->value);
    sink->kind = Outcome::Raise;
    sink->value = vm_.new_exception(vm_.e_runtime, kDeadlockMessage).release();
  }
  end_program();
  return false;
}

void Scheduler::end_program() {
  // Daemon threads still waiting are abandoned, as at interpreter exit; the
  // main thread stays to run console lines on the finished program.
  for (auto& t : threads_) {
    if (t.get() == main() || t->state == ThreadState::Finished) continue;
    make_ready(t.get(), Wake::Notified);
    t->state = ThreadState::Finished;
    t->obj = Ref();
  }
  VMThread* m = main();
  if (running_ != m) {
    running_->top = vm_.current;
    running_ = m;
    vm_.current = m->top;
    vm_.depth = m->depth;
  }
  make_ready(m, Wake::Notified);
  ready_.clear();
  starting_.clear();
  live_non_daemon_ = 0;
  main_exited_ = false;
  slice_start_ = cpu_instructions();
}

void Scheduler::grant_slice() {
  int64_t left = kTimeSliceInstructions - (cpu_instructions() - slice_start_);
  if (left < 1) left = 1;
  // While the interpreter is interrupted the slice's ticks wait aside.
  bool aside = vm_.interrupted_;
  int64_t total = vm_.ticks + (aside ? vm_.deferred_ticks_ : 0) + vm_.ticks_reserve_;
  int64_t grant = std::min(total, left);
  vm_.ticks_reserve_ = total - grant;
  if (aside) { vm_.deferred_ticks_ = grant; vm_.ticks = 0; }
  else vm_.ticks = grant;
  vm_.clock_ticks = grant;
}

bool Scheduler::next_slice() {
  if (vm_.ticks_reserve_ <= 0) return false;
  vm_.budget_hit = false;
  int64_t cpu = cpu_instructions();
  if (cpu - slice_start_ >= kTimeSliceInstructions) {
    wake_due();
    if (!ready_.empty()) { reschedule(); return true; }
    slice_start_ = cpu;
  }
  grant_slice();
  return true;
}

void Scheduler::begin_run() {
  vm_.ticks_reserve_ = 0;
  int64_t cpu = cpu_instructions();
  if (cpu - slice_start_ >= kTimeSliceInstructions) {
    wake_due();
    if (!ready_.empty() && running_->state == ThreadState::Runnable) { reschedule(); return; }
    slice_start_ = cpu;
  }
  grant_slice();
}

}  // namespace yl
