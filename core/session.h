// The embedding API: everything a host (the CLI, the wasm bindings, the tests)
// needs to load a program and drive it in slices. Results are JSON strings so
// the native build and the wasm build report exactly the same thing.
#pragma once
#include <memory>
#include <string>

namespace yl {

class VM;

class Session {
public:
  Session();
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Compiles `source`. Returns JSON: {"ok":true} or
  // {"ok":false,"error":{"type":"SyntaxError","message":..,"line":N,"col":N}}.
  // A syntax error's traceback text is also queued on stderr, as python3 prints it.
  std::string load(const std::string& source, const std::string& filename);

  // Executes at most `budget` bytecode instructions. Returns JSON:
  // {"status":"finished"|"paused"|"error","stdout":"..","stderr":"..",
  //  "error":null|{"type":..,"message":..,"line":N,"col":N}}
  // stdout/stderr hold what the program wrote since the previous call.
  // After "error" the traceback has been written to stderr.
  std::string run(double budget);

  VM& vm();

private:
  std::unique_ptr<VM> vm_;
};

}  // namespace yl
