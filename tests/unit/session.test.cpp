// The session API the playground drives: run in slices, step by line,
// console lines and generator actions as jobs, snapshots, memory counters,
// limits and input(). Expected behaviour is CPython's where Python defines it.
#include <catch2/catch.hpp>
#include <string>
#include "session.h"

namespace {

// The text of a string member "key":"..." (escapes kept; enough for checks).
std::string str_field(const std::string& json, const std::string& key, size_t from = 0) {
  std::string k = "\"" + key + "\":\"";
  size_t p = json.find(k, from);
  if (p == std::string::npos) return "<none>";
  size_t e = p + k.size();
  while (e < json.size() && !(json[e] == '"' && json[e - 1] != '\\')) ++e;
  return json.substr(p + k.size(), e - p - k.size());
}

double num_field(const std::string& json, const std::string& key, size_t from = 0) {
  std::string k = "\"" + key + "\":";
  size_t p = json.find(k, from);
  if (p == std::string::npos) return -1;
  return std::stod(json.substr(p + k.size()));
}

std::string status(const std::string& r) { return str_field(r, "status"); }

// Runs until the active job stops being "paused".
std::string run_all(yl::Session& s) {
  std::string r, out;
  do { r = s.run(1e6); out += str_field(r, "stdout"); } while (status(r) == "paused");
  return r.substr(0, r.find("\"stdout\"")) + "\"stdout\":\"" + out + "\"}";
}

}  // namespace

TEST_CASE("session: a long run pauses at the budget and resumes where it stopped", "[session]") {
  yl::Session s;
  REQUIRE(s.load("t = 0\nfor i in range(100000):\n    t += i\nprint(t)\n", "p.py") == "{\"ok\":true}");
  std::string r = s.run(1000);
  CHECK(status(r) == "paused");
  r = run_all(s);
  CHECK(status(r) == "finished");
  CHECK(str_field(r, "stdout") == "4999950000\\n");
}

TEST_CASE("session: stepping into a generator that list() consumes stops inside its body", "[session]") {
  yl::Session s;
  s.load("def gen():\n    for i in range(3):\n        yield i * 10\nvalues = list(gen())\nprint(values)\n", "g.py");
  int stops_in_gen = 0, yield_line_stops = 0;
  std::string r;
  for (int guard = 0; guard < 200; ++guard) {
    r = s.step("into", 1e6);
    if (status(r) != "paused") break;
    if (str_field(r, "function") == "gen") {
      ++stops_in_gen;
      if (num_field(r, "line") == 3) {
        ++yield_line_stops;
        // Inside the body, list() waits below the generator's frame.
        std::string snap = s.snapshot();
        CHECK(snap.find("\"function\":\"list\"") != std::string::npos);
        CHECK(str_field(snap, "state", snap.find("\"generators\"")) == "running");
      }
    }
  }
  CHECK(status(r) == "finished");
  CHECK(str_field(r, "stdout") == "[0, 10, 20]\\n");
  CHECK(yield_line_stops >= 3);
  CHECK(stops_in_gen >= 6);
}

TEST_CASE("session: step over skips the body of a called function, step out leaves it", "[session]") {
  yl::Session s;
  s.load("def f(x):\n    y = x + 1\n    return y\na = f(1)\nb = f(a)\nprint(a, b)\n", "f.py");
  CHECK(num_field(s.step("over", 1e6), "line") == 1);
  CHECK(num_field(s.step("over", 1e6), "line") == 4);
  CHECK(num_field(s.step("over", 1e6), "line") == 5);
  std::string r = s.step("into", 1e6);
  CHECK(str_field(r, "function") == "f");
  CHECK(num_field(r, "line") == 2);
  r = s.step("out", 1e6);
  CHECK(str_field(r, "function") == "<module>");
  r = run_all(s);
  CHECK(str_field(r, "stdout") == "2 3\\n");
}

TEST_CASE("session: breakpoints stop a run at their line, every time it is reached", "[session]") {
  yl::Session s;
  s.load("total = 0\nfor i in range(3):\n    total += i\nprint(total)\n", "b.py");
  s.set_breakpoints("[3]");
  int hits = 0;
  std::string r;
  for (r = s.run(1e6); status(r) == "paused"; r = s.run(1e6)) {
    CHECK(str_field(r, "reason") == "breakpoint");
    CHECK(num_field(r, "line") == 3);
    ++hits;
  }
  CHECK(hits == 3);
  CHECK(status(r) == "finished");
}

TEST_CASE("session: next, send, throw and close on a live generator by id", "[session]") {
  yl::Session s;
  s.load("def echo():\n    received = None\n    while True:\n        try:\n            received = yield received\n"
         "        except ValueError as e:\n            received = 'caught ' + str(e)\n"
         "g = echo()\n", "e.py");
  run_all(s);
  std::string snap = s.snapshot();
  double id = num_field(snap, "id", snap.find("\"generators\""));
  REQUIRE(id > 0);
  CHECK(str_field(snap, "state", snap.find("\"generators\"")) == "created");

  // A first send of a value is refused, exactly as in Python; errors raised
  // before any Python code runs come back from the action itself.
  std::string r = s.generator(id, "send", "5");
  CHECK(r.find("\"ok\":false") != std::string::npos);
  CHECK(str_field(r, "message") == "can't send non-None value to a just-started generator");

  s.generator(id, "next", "");
  r = run_all(s);
  CHECK(status(r) == "finished");
  CHECK(str_field(r, "value") == "None");
  s.generator(id, "send", "'hi'");
  CHECK(str_field(run_all(s), "value") == "'hi'");
  s.generator(id, "throw", "ValueError('bad')");
  CHECK(str_field(run_all(s), "value") == "'caught bad'");
  snap = s.snapshot();
  CHECK(str_field(snap, "state", snap.find("\"generators\"")) == "suspended");
  CHECK(num_field(snap, "yielded", snap.find("\"generators\"")) == 3);
  s.generator(id, "close", "");
  r = run_all(s);
  CHECK(status(r) == "finished");
  snap = s.snapshot();
  CHECK(str_field(snap, "state", snap.find("\"generators\"")) == "closed");
  r = s.generator(id, "next", "");
  CHECK(str_field(r, "type") == "StopIteration");
}

TEST_CASE("session: console lines share the program's globals and print values like the REPL", "[session]") {
  yl::Session s;
  s.load("def count(n):\n    for i in range(n):\n        yield i\ng = count(3)\n", "c.py");
  run_all(s);
  s.eval("next(g)");
  CHECK(str_field(run_all(s), "stdout") == "0\\n");
  s.eval("rest = list(g)\nprint(rest)");
  CHECK(str_field(run_all(s), "stdout") == "[1, 2]\\n");
  CHECK(s.eval("1 +") .find("\"ok\":false") != std::string::npos);
}

TEST_CASE("session: snapshot lists frames, locals, generators and memory", "[session]") {
  yl::Session s;
  s.load("def squares(n):\n    for i in range(n):\n        yield i * i\nsq = squares(4)\nfirst = next(sq)\nsecond = next(sq)\n", "s.py");
  run_all(s);
  std::string snap = s.snapshot();
  for (const char* key : {"\"program\"", "\"frames\"", "\"generators\"", "\"memory\"", "\"live_bytes\"", "\"peak_bytes\"",
                          "\"live_objects\"", "\"by_type\"", "\"yield_from\"", "\"last_value\""})
    CHECK(snap.find(key) != std::string::npos);
  size_t g = snap.find("\"generators\"");
  CHECK(str_field(snap, "name", g) == "squares");
  CHECK(str_field(snap, "last_value", g) == "1");
  CHECK(num_field(snap, "line", g) == 3);
  CHECK(snap.find("{\"name\":\"i\",\"repr\":\"1\"", g) != std::string::npos);
}

TEST_CASE("session: a finished program's globals stay in the snapshot, naming its generators", "[session]") {
  yl::Session s;
  s.load("def count(n):\n    yield from range(n)\ncounter = count(3)\nnext(counter)\n", "g.py");
  run_all(s);
  std::string snap = s.snapshot();
  CHECK(str_field(snap, "program") == "idle");
  size_t g = snap.find("\"globals\"");
  REQUIRE(g != std::string::npos);
  size_t entry = snap.find("{\"name\":\"counter\"", g);
  REQUIRE(entry != std::string::npos);
  CHECK(str_field(snap, "type", entry) == "generator");
  CHECK(num_field(snap, "generator", entry) == 1);
}

TEST_CASE("session: results count the instructions executed so far", "[session]") {
  yl::Session s;
  s.load("total = 0\nfor i in range(100):\n    total += i\n", "c.py");
  std::string first = s.run(50);
  CHECK(num_field(first, "instructions") == 50);
  run_all(s);
  double all = num_field(s.run(10), "instructions");
  CHECK(all > 300);
  s.eval("total");
  CHECK(num_field(run_all(s), "instructions") > all);  // console lines count too
}

TEST_CASE("session: the instruction count does not depend on how the run is sliced", "[session]") {
  // Two loads of locals, an int comparison before a jump, range() before
  // its GET_ITER and the pop of a resumed `yield` statement's None share a
  // dispatch with a neighbour when the slice allows; they must still count
  // one each.
  const char* src =
      "def gen(k):\n"
      "    for j in range(k):\n"
      "        yield j * 2\n"
      "def safe(placed, col):\n"
      "    row = len(placed)\n"
      "    for r in range(row):\n"
      "        c = placed[r]\n"
      "        if c == col or c - col == row - r:\n"
      "            return False\n"
      "    return True\n"
      "n = 0\n"
      "i = 0\n"
      "while i < 40:\n"
      "    if safe((1, 3, 0), i % 5):\n"
      "        n += 1\n"
      "    i += 1\n"
      "for v in gen(5):\n"
      "    n += v\n"
      "n += sum(gen(4))\n"
      "print(n)\n";
  auto total = [&](double budget) {
    yl::Session s;
    s.load(src, "slices.py");
    std::string r;
    do { r = s.run(budget); } while (status(r) == "paused");
    CHECK(status(r) == "finished");
    return num_field(s.run(10), "instructions");
  };
  double whole = total(1e9);
  CHECK(whole > 400);
  CHECK(total(1) == whole);
  CHECK(total(2) == whole);
  CHECK(total(7) == whole);
}

TEST_CASE("session: cycles the program drops are collected while it runs", "[session][memory]") {
  yl::Session s;
  s.load("class Node:\n    pass\nfor i in range(100000):\n    a = Node()\n    b = Node()\n    a.other = b\n    b.other = a\n", "cyc.py");
  CHECK(status(run_all(s)) == "finished");
  // 200,000 nodes and their attribute dicts were made; the collector keeps
  // the live count near its threshold instead.
  CHECK(num_field(s.memory(), "peak_objects") < 100000);
}

TEST_CASE("session: a list comprehension peaks far above the generator expression doing the same sum", "[session][memory]") {
  auto peak_of = [](const std::string& src) {
    yl::Session s;
    s.load(src, "m.py");
    double base = num_field(s.memory(), "live_bytes");
    s.reset_peak();
    std::string r = run_all(s);
    REQUIRE(status(r) == "finished");
    return num_field(s.memory(), "peak_bytes") - base;
  };
  double list_peak = peak_of("n = 100000\nprint(sum([x*x for x in range(n)]))\n");
  double gen_peak = peak_of("n = 100000\nprint(sum(x*x for x in range(n)))\n");
  CHECK(list_peak > 800000);
  CHECK(list_peak >= 50 * gen_peak);
}

TEST_CASE("session: limits raise Python errors and leave the session usable", "[session][limits]") {
  SECTION("memory cap") {
    yl::Session s;
    s.set_limits("{\"memory\": 2000000}");
    s.load("big = []\nwhile True:\n    big.append([0] * 1000)\n", "m.py");
    std::string r = run_all(s);
    CHECK(status(r) == "error");
    CHECK(str_field(r, "type") == "MemoryError");
    s.eval("print('still here')");
    CHECK(str_field(run_all(s), "stdout") == "still here\\n");
  }
  SECTION("memory cap: the program catches MemoryError and goes on") {
    yl::Session s;
    s.set_limits("{\"memory\": 2000000}");
    s.load("big = []\ntry:\n    while True:\n        big.append([0] * 1000)\nexcept MemoryError:\n    n = len(big)\n    big = None\n"
           "print('caught', n > 100)\nprint(sum(x for x in range(1000)))\n", "c.py");
    std::string r = run_all(s);
    CHECK(status(r) == "finished");
    CHECK(str_field(r, "stdout") == "caught True\\n499500\\n");
  }
  SECTION("recursion limit") {
    yl::Session s;
    s.set_limits("{\"recursion\": 50}");
    s.load("def down(n):\n    return down(n + 1)\ndown(0)\n", "r.py");
    std::string r = run_all(s);
    CHECK(str_field(r, "type") == "RecursionError");
  }
  SECTION("output size") {
    yl::Session s;
    s.set_limits("{\"output\": 100}");
    s.load("while True:\n    print('spam')\n", "o.py");
    std::string r = run_all(s);
    CHECK(status(r) == "error");
    CHECK(str_field(r, "message").find("output limit") != std::string::npos);
  }
  SECTION("an endless loop only pauses") {
    yl::Session s;
    s.load("while True:\n    pass\n", "w.py");
    for (int i = 0; i < 3; ++i) CHECK(status(s.run(10000)) == "paused");
  }
}

TEST_CASE("session: input() waits for the host's line", "[session]") {
  yl::Session s;
  s.load("name = input('Name? ')\nprint('Hello,', name)\n", "i.py");
  std::string r = s.run(1e6);
  CHECK(status(r) == "input");
  CHECK(str_field(r, "stdout") == "Name? ");
  CHECK(status(s.run(1e6)) == "input");  // still waiting, nothing lost
  s.provide_input("Ada");
  r = run_all(s);
  CHECK(status(r) == "finished");
  CHECK(str_field(r, "stdout") == "Hello, Ada\\n");
}
