// The embedding API: everything a host (the CLI, the wasm bindings, the page's
// worker, the tests) needs to load a program, run or step it in slices, drive
// its live generators and look inside. Answers are JSON strings, so the native
// build and the wasm build report exactly the same thing; docs/session.md
// documents every field.
#pragma once
#include <memory>
#include <set>
#include <unordered_map>
#include <string>

namespace yl {

class VM;
struct PyFrame;

class Session {
public:
  Session();
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Compiles `source` and makes it the program to run. Returns JSON:
  // {"ok":true} or {"ok":false,"error":{"type","message","line","col"}}.
  // A syntax error's traceback text is also queued on stderr, as python3 prints it.
  std::string load(const std::string& source, const std::string& filename);

  // Runs the active work (the innermost console line or generator action,
  // else the program) for at most `budget` instructions, stopping early at a
  // breakpoint. Returns a result (see docs/session.md):
  // {"status":"finished"|"paused"|"error"|"input","stdout","stderr",
  //  "error":null|{...},"stop":null|{"reason","line","function"},
  //  "job":"program"|"console"|"generator","value":null|"repr","exit_code":N}
  // exit_code is what python3 would exit with: 0, 1 after an error, or
  // sys.exit's code (sys.exit() with 0 or None finishes; no traceback).
  std::string run(double budget);

  // Steps by source line: "into", "over" or "out". Runs at most `budget`
  // instructions looking for the stop; answers like run().
  std::string step(const std::string& kind, double budget);

  // What python3 does after the program ends: every suspended generator is
  // closed, so its finally blocks run. For hosts that end the program as a
  // script does (the CLIs, the conformance runner); the page keeps the
  // program's objects alive instead. Returns {"stdout","stderr"}.
  std::string shutdown();

  // Breakpoints, as a JSON array of line numbers ("[3, 7]"); [] clears them.
  void set_breakpoints(const std::string& lines_json);

  // A console line (`next(g)`, `x = list(g)`) on the program's globals. It
  // starts as a job: run() or step() executes it; expression values are
  // printed like the REPL does. Returns {"ok":true} or a syntax error as load().
  std::string eval(const std::string& source);

  // Acts on a live generator by id: action "next", "send", "throw" or
  // "close". For send, `arg` is a Python expression for the value; for throw,
  // an expression for the exception ("ValueError('bad')" or "ValueError").
  // Starts a job like eval(); returns {"ok":true} or {"ok":false,"error":..}.
  std::string generator(double id, const std::string& action, const std::string& arg);

  // The picture of the program now: frames, live generators, memory, output
  // since the previous call. See docs/session.md for the schema.
  std::string snapshot();

  // The memory counters alone (live/peak bytes and objects, by type).
  std::string memory();
  void reset_peak();

  // Limits: {"memory": bytes, "recursion": depth, "output": bytes}; any
  // subset. Hitting one raises MemoryError / RecursionError / an output-limit
  // error in the program; the session stays usable.
  void set_limits(const std::string& json);

  // A line typed for input(): when run() answered "input", this resumes it.
  void provide_input(const std::string& line);
  // No more input: a waiting or later input() raises EOFError, as at the end of a pipe.
  void close_input();

  // ---- the program's files (an in-memory file system) ----
  // Creates or replaces a file, with any missing directories; relative paths
  // are under the program's working directory (/home/user).
  void add_file(const std::string& path, const std::string& text);
  // A file's content as the program left it ("" when there is none).
  std::string file(const std::string& path) const;
  bool has_file(const std::string& path) const;

  // All of standard input at once, as with a pipe: input() and sys.stdin
  // read it, then get end of file (no "input" pauses).
  void set_stdin(const std::string& text);

  VM& vm();

  // Where the innermost Python frame stands, for line events.
  struct Position {
    PyFrame* frame = nullptr;  // null while native code (list(), sum() ...) runs
    const void* thread = nullptr;  // the running thread; null for the main thread
    int depth = 0;             // frames between here and the job's (or thread's) sink
    uint32_t ip = 0;
    int line = 0;              // line of the next instruction
  };

private:
  // Compiles source for the console; null with the error JSON in *error.
  struct Code* compile_console(const std::string& source, int mode, std::string* error);
  enum StepKind { kStepInto, kStepOver, kStepOut, kStepContinue };
  // The result JSON for a run that ended with `status` (a RunStatus) in the
  // job of kind `job` ("program", "console", "generator").
  std::string finish(int status, const char* stop_reason, const char* job);
  const char* job_kind();
  Position position();
  bool line_event(const Position& prev, const Position& now);
  std::string run_stepping(StepKind kind, double budget);

  std::unique_ptr<VM> vm_;
  std::set<int> breakpoints_;
  std::unordered_map<PyFrame*, std::pair<int, uint32_t>> seen_;  // frame -> (line, ip) last seen
  bool stepped_ = false;       // a line stop was reported since load()
};

}  // namespace yl
