// The compiler's output for generator code, held to golden listings: a
// change in code generation shows up here as a readable diff. Addresses in
// code-object reprs are blanked out.
#include <catch2/catch.hpp>
#include <regex>
#include <string>
#include "compiler.h"
#include "disassemble.h"
#include "heap.h"
#include "parser.h"
#include "session.h"
#include "vm.h"

namespace {

std::string listing(const std::string& source) {
  yl::Session s;
  yl::Heap* saved = yl::g_heap;
  yl::g_heap = &s.vm().heap;
  yl::SyntaxErrorInfo err;
  yl::NodeP mod = yl::parse_module(source, &err);
  REQUIRE(mod);
  yl::Code* code = yl::compile(s.vm(), *mod, "golden.py", yl::CompileMode::Module, &err);
  REQUIRE(code);
  std::string text = yl::disassemble(s.vm(), code);
  yl::decref(code);
  yl::g_heap = saved;
  return std::regex_replace(text, std::regex("0x[0-9a-f]+"), "0x?");
}

}  // namespace

TEST_CASE("compiler: a generator with send, augmented assignment and return value", "[compiler][golden]") {
  const char* source = R"py(def countdown(n):
    while n > 0:
        got = yield n
        n -= 1 if got is None else got
    return "done"
)py";
  CHECK(listing(source) == R"dis(code <module>:
   1    0 LOAD_CONST           0 (<code object countdown at 0x?>)
   1    1 LOAD_CONST           1 ('countdown')
   1    2 MAKE_FUNCTION        0
   1    3 STORE_GLOBAL         0 (countdown)
   1    4 LOAD_CONST           2 (None)
   1    5 RETURN_VALUE         0

code countdown:
   2    0 LOAD_FAST            0 (n)
   2    1 LOAD_CONST           0 (0)
   2    2 COMPARE              4 (>)
   2    3 POP_JUMP_IF_FALSE    18 (to 18)
   3    4 LOAD_FAST            0 (n)
   3    5 YIELD_VALUE          0
   3    6 STORE_FAST           1 (got)
   4    7 LOAD_FAST            0 (n)
   4    8 LOAD_FAST            1 (got)
   4    9 LOAD_CONST           1 (None)
   4   10 IS_OP                0
   4   11 POP_JUMP_IF_FALSE    14 (to 14)
   4   12 LOAD_CONST           2 (1)
   4   13 JUMP                 15 (to 15)
   4   14 LOAD_FAST            1 (got)
   4   15 INPLACE              1 (-=)
   4   16 STORE_FAST           0 (n)
   2   17 JUMP                 0 (to 0)
   5   18 LOAD_CONST           3 ('done')
   5   19 RETURN_VALUE         0
   5   20 LOAD_CONST           1 (None)
   5   21 RETURN_VALUE         0
)dis");
}

TEST_CASE("compiler: yield from inside a loop, and a generator expression's own code object", "[compiler][golden]") {
  const char* source = R"py(def chain(*its):
    for it in its:
        yield from it
squares = (x * x for x in range(3))
)py";
  CHECK(listing(source) == R"dis(code <module>:
   1    0 LOAD_CONST           0 (<code object chain at 0x?>)
   1    1 LOAD_CONST           1 ('chain')
   1    2 MAKE_FUNCTION        0
   1    3 STORE_GLOBAL         0 (chain)
   4    4 LOAD_CONST           2 (<code object <genexpr> at 0x?>)
   4    5 LOAD_CONST           3 ('<genexpr>')
   4    6 MAKE_FUNCTION        0
   4    7 LOAD_GLOBAL          1 (range)
   4    8 LOAD_CONST           4 (3)
   4    9 CALL                 1
   4   10 GET_ITER             0
   4   11 CALL                 1
   4   12 STORE_GLOBAL         2 (squares)
   4   13 LOAD_CONST           5 (None)
   4   14 RETURN_VALUE         0

code chain:
   2    0 LOAD_FAST            0 (its)
   2    1 GET_ITER             0
   2    2 FOR_ITER             12 (to 12)
   2    3 STORE_FAST           1 (it)
   3    4 LOAD_FAST            1 (it)
   3    5 GET_YIELD_FROM_ITER  0
   3    6 LOAD_CONST           0 (None)
   3    7 SEND                 10 (to 10)
   3    8 YIELD_VALUE          0
   3    9 JUMP                 7 (to 7)
   3   10 POP_TOP              0
   2   11 JUMP                 2 (to 2)
   2   12 LOAD_CONST           0 (None)
   2   13 RETURN_VALUE         0

code <genexpr>:
   4    0 LOAD_FAST            0 (.0)
   4    1 FOR_ITER             9 (to 9)
   4    2 STORE_FAST           1 (x)
   4    3 LOAD_FAST            1 (x)
   4    4 LOAD_FAST            1 (x)
   4    5 BINARY               2 (*)
   4    6 YIELD_VALUE          0
   4    7 POP_TOP              0
   4    8 JUMP                 1 (to 1)
   4    9 LOAD_CONST           0 (None)
   4   10 RETURN_VALUE         0
)dis");
}

TEST_CASE("compiler: tuple assignment of two or three names rotates instead of building a tuple", "[compiler][golden]") {
  const char* source = R"py(def step(a, b, c):
    a, b = b, a + b
    a, b, c = c, a, b
    a, *b = b, c
)py";
  std::string text = listing(source);
  CAPTURE(text);
  CHECK(text.find(R"dis(   2    0 LOAD_FAST            1 (b)
   2    1 LOAD_FAST            0 (a)
   2    2 LOAD_FAST            1 (b)
   2    3 BINARY               0 (+)
   2    4 ROT_TWO              0
   2    5 STORE_FAST           0 (a)
   2    6 STORE_FAST           1 (b)
   3    7 LOAD_FAST            2 (c)
   3    8 LOAD_FAST            0 (a)
   3    9 LOAD_FAST            1 (b)
   3   10 ROT_THREE            0
   3   11 ROT_TWO              0
   3   12 STORE_FAST           0 (a)
   3   13 STORE_FAST           1 (b)
   3   14 STORE_FAST           2 (c)
)dis") != std::string::npos);
  // A starred target still unpacks a real tuple.
  CHECK(text.find("BUILD_TUPLE") != std::string::npos);
  CHECK(text.find("UNPACK_EX") != std::string::npos);
}
