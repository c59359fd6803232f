// The generator state machine as the session sees it: created -> running ->
// suspended -> closed, through next, send, throw and close, and the errors
// Python gives at each wrong step. Checked from the snapshot's generator
// view, which is what the page's cards read.
#include <catch2/catch.hpp>
#include <string>
#include "session.h"

namespace {

std::string str_member(const std::string& json, const std::string& key, size_t from = 0) {
  std::string k = "\"" + key + "\":\"";
  size_t p = json.find(k, from);
  if (p == std::string::npos) return "<none>";
  return json.substr(p + k.size(), json.find('"', p + k.size()) - p - k.size());
}

// Runs the active job to its end; returns the last result.
std::string finish(yl::Session& s) {
  std::string r;
  do { r = s.run(1e6); } while (str_member(r, "status") == "paused");
  return r;
}

// The state of the generator with id 1, as the snapshot reports it.
std::string state_of_first(yl::Session& s) {
  std::string snap = s.snapshot();
  size_t g = snap.find("\"generators\"");
  return str_member(snap, "state", g);
}

const char* kProgram =
    "def echo():\n"
    "    got = None\n"
    "    try:\n"
    "        while True:\n"
    "            got = yield got\n"
    "    finally:\n"
    "        print('closing')\n"
    "g = echo()\n";

}  // namespace

TEST_CASE("generator: states follow next, send and close", "[generator]") {
  yl::Session s;
  s.load(kProgram, "g.py");
  finish(s);
  CHECK(state_of_first(s) == "created");

  SECTION("a first send of a value is refused and the generator stays created") {
    std::string r = s.generator(1, "send", "5");
    CHECK(r.find("\"ok\":false") != std::string::npos);
    CHECK(str_member(r, "message") == "can't send non-None value to a just-started generator");
    CHECK(state_of_first(s) == "created");
  }
  SECTION("next starts it, send resumes it, close runs its finally") {
    s.generator(1, "next", "");
    finish(s);
    CHECK(state_of_first(s) == "suspended");
    s.generator(1, "send", "'hi'");
    std::string r = finish(s);
    CHECK(str_member(r, "value") == "'hi'");
    CHECK(state_of_first(s) == "suspended");
    s.generator(1, "close", "");
    r = finish(s);
    CHECK(str_member(r, "stdout") == "closing\\n");
    CHECK(state_of_first(s) == "closed");
    // A closed generator answers next with StopIteration at once.
    r = s.generator(1, "next", "");
    CHECK(str_member(r, "type") == "StopIteration");
  }
  SECTION("a step inside shows it running") {
    s.generator(1, "next", "");
    std::string r;
    do { r = s.step("into", 1e6); } while (str_member(r, "function") != "echo" && str_member(r, "status") == "paused");
    CHECK(state_of_first(s) == "running");
  }
}

TEST_CASE("generator: throw raises at the yield; an unhandled one closes it", "[generator]") {
  yl::Session s;
  s.load("def g():\n    while True:\n        try:\n            yield 1\n        except ValueError as e:\n            print('caught', e)\ngen = g()\nnext(gen)\n", "t.py");
  finish(s);
  s.generator(1, "throw", "ValueError('bad')");
  std::string r = finish(s);
  CHECK(str_member(r, "stdout") == "caught bad\\n");
  CHECK(state_of_first(s) == "suspended");
  s.generator(1, "throw", "KeyError('k')");
  r = finish(s);
  CHECK(str_member(r, "status") == "error");
  CHECK(str_member(r, "type") == "KeyError");
  CHECK(state_of_first(s) == "closed");
}

TEST_CASE("generator: resuming itself is 'generator already executing'", "[generator]") {
  yl::Session s;
  s.load("def g():\n    yield next(me)\nme = g()\ntry:\n    next(me)\nexcept ValueError as e:\n    print(e)\n", "r.py");
  std::string r = finish(s);
  CHECK(str_member(r, "stdout") == "generator already executing\\n");
}
