// Cooperative threads: every threading.Thread runs on the one VM as its own
// chain of frames, and the scheduler decides which chain `VM::current` runs.
//
// A thread keeps the CPU until it blocks (sleep, join, a lock, an event),
// finishes, or has used a time slice of instructions while another thread is
// ready. A blocked thread becomes ready when it is notified or when the
// virtual clock (vm_clock.h) reaches its timeout; nothing waits in real time:
// when no thread can run, the clock jumps to the earliest wake-up. Threads
// switch only at instruction boundaries of the top-level run, never inside a
// nested synchronous run, so a session can pause, step and resume anywhere and
// a program prints the same whatever budget it runs in.
//
// Ready threads run first come, first served: a thread started with start()
// runs at once and the starter waits at the back of the queue; threads woken
// by the clock join the queue in order of wake-up time, ties in the order
// they went to sleep; notified threads in the order they started waiting.
#pragma once
#include <cstdint>
#include <deque>
#include <limits>
#include <memory>
#include <string>
#include <vector>
#include "vm.h"
#include "vm_clock.h"

namespace yl {

// CPython offers the GIL to a waiting thread every 5 ms
// (sys.getswitchinterval()); at kInstructionNs an instruction that is:
inline constexpr int64_t kTimeSliceInstructions = 5'000'000 / kInstructionNs;
inline constexpr int64_t kNoTimeout = std::numeric_limits<int64_t>::max();

enum class ThreadState : uint8_t { Runnable, Sleeping, Blocked, Finished };
// Why a blocked thread runs again.
enum class Wake : uint8_t { Notified, TimedOut, Deadlock };

struct VMThread {
  uint64_t ident = 0;
  Ref obj;                      // the threading.Thread object; dropped once finished
  std::string name;             // for views once the object is gone
  bool daemon = false;
  ThreadState state = ThreadState::Runnable;
  const void* waiting_on = nullptr;   // Blocked: the lock, event or thread it waits for
  const char* waiting_for = "";       // for views: "sleep", "join", "lock", "event", "exit"
  int64_t wake_ns = kNoTimeout;       // clock time of its timeout
  uint64_t blocked_seq = 0;           // when it started waiting (ties wake in this order)
  Wake woke = Wake::Notified;
  // The frames: the entry call delivers into `sink` (the main thread's into
  // VM::main_sink_); while another thread runs, `top` is the innermost frame.
  SinkFrame sink;
  Frame* top = nullptr;
  int depth = 0;
  // What the thread calls when it first runs: entry(*args) with the last
  // args named by `kwnames` (a tuple of str, or null).
  Ref entry;
  std::vector<Ref> args;
  Ref kwnames;
  bool entered = false;
};

class Scheduler {
public:
  // `main_obj` is the threading module's main thread object.
  Scheduler(VM& vm, Value main_obj);
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  VMThread* running() const { return running_; }
  VMThread* main() const { return threads_.front().get(); }
  // Every thread started so far (finished ones too), the main thread first.
  const std::vector<std::unique_ptr<VMThread>>& all() const { return threads_; }
  VMThread* find(uint64_t ident) const;
  uint64_t next_thread_number() { return ++numbered_; }   // Thread-N names

  // A new thread that calls entry(*args) as soon as the running one reaches
  // an instruction boundary; the running one then waits its turn.
  VMThread* start(Value obj, const std::string& name, bool daemon, Value entry, std::vector<Ref> args, Ref kwnames);

  // Natives may block only when the scheduler can switch (not inside a
  // nested synchronous run); otherwise they must answer without waiting.
  bool can_block() const;
  // The running thread waits for `on` (null: sleeps) until notified or for
  // at most `timeout_ns` of virtual time; the native then suspends with
  // co_await ThreadWait{...} and learns why it woke.
  void block(const void* on, const char* what, int64_t timeout_ns);
  // Makes up to `n` threads waiting for `on` ready, longest waiting first.
  size_t notify(const void* on, size_t n = std::numeric_limits<size_t>::max());
  bool waited_on(const void* on) const;   // some thread waits for `on`

  // ---- the interpreter's hooks (VM::execute, VM::run) ----
  // At an instruction boundary of the top-level run: switches threads when
  // asked to and ends threads whose entry call returned. True when `current`
  // changed (the loop looks again).
  bool at_boundary(SinkFrame* sink);
  // The program's main code is over (`sink` is done): true while the
  // program must keep running its other threads first (CPython's shutdown
  // joins every non-daemon thread). When it answers false the program ends.
  bool hold_exit(SinkFrame* sink);
  // The running thread's slice of the run's budget is spent: preempts it if
  // another thread is ready and grants the next slice. False when the run's
  // own budget is spent.
  bool next_slice();
  // A run of the session begins with `VM::ticks` as its budget.
  void begin_run();
  // A new program is loaded: only the main thread remains.
  void reset() { end_program(); }
  bool main_exited() const { return main_exited_; }

private:
  VM& vm_;
  std::vector<std::unique_ptr<VMThread>> threads_;
  std::deque<VMThread*> ready_;       // runnable, not running, in the order they run
  std::vector<VMThread*> waiting_;    // sleeping or blocked
  size_t live_non_daemon_ = 0;        // started, not finished, not daemons
  std::vector<VMThread*> starting_;   // started since the last boundary
  VMThread* running_ = nullptr;
  uint64_t numbered_ = 0, next_ident_ = 1, seq_ = 0;
  int64_t slice_start_ = 0;           // cpu_instructions() when the running slice began
  bool main_exited_ = false;          // the main code ended; the thread waits for the others

  int64_t cpu_instructions();
  void reschedule();                  // the running thread stops or yields: pick the next
  void wake_due();                    // timeouts that the clock has reached
  bool jump_clock();                  // no thread ready: advance to the next timeout
  void resolve_deadlock();
  void switch_to(VMThread* t);
  void enter(VMThread* t);            // first run: make the entry call
  void finish_running();              // the running thread's entry call returned
  void report_exception(VMThread* t, Value exc);
  void end_program();                 // the program is over: only the main thread remains
  void grant_slice();                 // VM::ticks := what the running slice may still use
  bool has_live_non_daemon() const { return live_non_daemon_ > 0; }
  void make_ready(VMThread* t, Wake why);   // out of the waiting list, into no queue yet
  VMThread* job_holder() const;
};

// co_await ThreadWait{vm.threads.get()} in a native after Scheduler::block:
// resumes when the scheduler runs the thread again, with the reason.
struct ThreadWait {
  Scheduler* s;
  bool await_ready() { return false; }
  bool await_suspend(Task::Handle) { return true; }
  Wake await_resume() { return s->running()->woke; }
};

// What a wait that can never end raises (CPython would hang).
inline constexpr const char* kDeadlockMessage = "deadlock: every thread is waiting and none can wake the others";

}  // namespace yl
