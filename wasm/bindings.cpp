// Embind surface of yl::Session: the only file that knows it runs in wasm.
// Everything crosses as JSON strings, so the JS side sees exactly what the
// native CLI and the Catch2 tests see (docs/session.md has the schema).
#include <emscripten/bind.h>

#include "session.h"

EMSCRIPTEN_BINDINGS(yieldlab) {
  emscripten::class_<yl::Session>("Session")
      .constructor<>()
      .function("load", &yl::Session::load)
      .function("run", &yl::Session::run)
      .function("shutdown", &yl::Session::shutdown)
      .function("step", &yl::Session::step)
      .function("setBreakpoints", &yl::Session::set_breakpoints)
      .function("eval", &yl::Session::eval)
      .function("generator", &yl::Session::generator)
      .function("snapshot", &yl::Session::snapshot)
      .function("memory", &yl::Session::memory)
      .function("resetPeak", &yl::Session::reset_peak)
      .function("setLimits", &yl::Session::set_limits)
      .function("provideInput", &yl::Session::provide_input)
      .function("closeInput", &yl::Session::close_input)
      .function("setStdin", &yl::Session::set_stdin)
      .function("addFile", &yl::Session::add_file)
      .function("file", &yl::Session::file)
      .function("hasFile", &yl::Session::has_file);
}
