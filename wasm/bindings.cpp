// Embind surface of yl::Session: the only file that knows it runs in wasm.
// Everything crosses as JSON strings, so the JS side sees exactly what the
// native CLI and the Catch2 tests see.
#include <emscripten/bind.h>

#include "session.h"

EMSCRIPTEN_BINDINGS(yieldlab) {
  emscripten::class_<yl::Session>("Session")
      .constructor<>()
      .function("load", &yl::Session::load)
      .function("run", &yl::Session::run);
}
