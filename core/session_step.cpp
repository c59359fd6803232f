// Stepping by source line. The interpreter knows nothing about it: a stepping
// session runs the VM one instruction at a time (a budget of 1) and looks at
// where it stands after each, so a run without stepping pays nothing.
#include "session.h"
#include "session_scope.h"
#include "vm.h"
#include "vm_threads.h"

namespace yl {

Session::Position Session::position() {
  Position p;
  // The main thread is null, also before threading is imported.
  if (vm_->threads && vm_->threads->running() != vm_->threads->main()) p.thread = vm_->threads->running();
  Frame* f = vm_->current;
  if (f && f->kind == FrameKind::Python) {
    p.frame = static_cast<PyFrame*>(f);
    p.ip = p.frame->ip;
    const Code* c = p.frame->code;
    p.line = p.ip < c->lines.size() ? c->lines[p.ip] : (c->lines.empty() ? c->firstline : c->lines.back());
  }
  for (; f && f->kind != FrameKind::Sink; f = f->parent) ++p.depth;
  return p;
}

// A line event comes before the first instruction of a line: on entering a
// frame (a call, or a generator resumed), on reaching a new line, and on a
// jump backwards (the next turn of a loop written on one line). A thread
// switched back in continues its line without a new event.
bool Session::line_event(const Position& prev, const Position& now) {
  if (!now.frame) return false;
  auto it = seen_.find(now.frame);
  bool entered = (now.thread == prev.thread && now.depth > prev.depth) || it == seen_.end();
  bool event = entered || it->second.first != now.line || now.ip < it->second.second;
  seen_[now.frame] = {now.line, now.ip};
  return event;
}

namespace {
// Whether the thread of a Position (null: the main thread) has finished.
bool thread_ended(const void* thread) {
  return thread && static_cast<const VMThread*>(thread)->state == ThreadState::Finished;
}
}  // namespace

std::string Session::step(const std::string& kind, double budget) {
  HeapScope hs(&vm_->heap, run_headroom(vm_->heap, !vm_->jobs.empty()));
  StepKind k = kind == "over" ? kStepOver : kind == "out" ? kStepOut : kStepInto;
  return run_stepping(k, budget);
}

std::string Session::run_stepping(StepKind kind, double budget) {
  VM& vm = *vm_;
  const char* job = job_kind();
  Position start = position();
  // A program that has not run yet stops on its first line before executing it.
  if (kind != kStepContinue && !stepped_ && vm.jobs.empty() && vm.program_running() && start.frame && start.ip == 0) {
    stepped_ = true;
    seen_[start.frame] = {start.line, start.ip};
    return finish(int(RunStatus::Paused), "step", job);
  }
  stepped_ = true;
  if (start.frame) seen_[start.frame] = {start.line, start.ip};
  Position prev = start;
  for (uint64_t left = uint64_t(budget); left > 0; --left) {
    RunStatus st = vm.run(1);
    if (st != RunStatus::Paused) return finish(int(st), nullptr, job);
    Position now = position();
    if (line_event(prev, now)) {
      bool stop = false;
      switch (kind) {
        // Into follows the program into any thread (a started thread's
        // target); over and out stay in the thread they started in, unless
        // that thread has ended: then the next line anywhere.
        case kStepInto: stop = true; break;
        case kStepOver: stop = now.thread == start.thread ? now.depth <= start.depth : thread_ended(start.thread); break;
        case kStepOut: stop = now.thread == start.thread ? now.depth < start.depth : thread_ended(start.thread); break;
        case kStepContinue: stop = breakpoints_.count(now.line) > 0; break;
      }
      if (stop) return finish(int(RunStatus::Paused), kind == kStepContinue ? "breakpoint" : "step", job);
    }
    prev = now;
  }
  return finish(int(RunStatus::Paused), kind == kStepContinue ? nullptr : "budget", job);
}

}  // namespace yl
