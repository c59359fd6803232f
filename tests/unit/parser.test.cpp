// Parser tests: an S-expression dump of the tree checks precedence and every
// statement kind; the error table holds CPython 3.11's own messages and
// positions (SyntaxError.msg, lineno, offset, end_lineno, end_offset) for the
// same sources.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <random>
#include <string>

#include "parser.h"

using namespace yl;

namespace {

std::string sx(const Node* n);

std::string sx_list(const std::vector<NodeP>& l) {
  std::string s;
  for (auto& x : l) s += " " + sx(x.get());
  return s;
}

std::string body(const char* tag, const std::vector<NodeP>& l) {
  return std::string(" (") + tag + sx_list(l) + ")";
}

std::string num(double d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", d);
  return buf;
}

// Compact S-expression of a tree (no positions).
std::string sx(const Node* n) {
  if (!n) return "_";
  switch (n->kind) {
    case NK::Name: return n->str;
    case NK::Int: return n->big ? n->str + "L" : std::to_string(n->ival);
    case NK::Float: return num(n->fval) + "f";
    case NK::Str: return "'" + n->str + "'";
    case NK::Bytes: return "b'" + n->str + "'";
    case NK::True: return "True";
    case NK::False: return "False";
    case NK::None: return "None";
    case NK::Ellipsis: return "...";
    case NK::JoinedStr: return "(f" + sx_list(n->list) + ")";
    case NK::FormattedValue: {
      std::string s = "(fv " + sx(n->a.get());
      if (!n->op.empty()) s += " !" + n->op;
      if (!n->str.empty()) s += " dbg='" + n->str + "'";
      if (n->b) s += " " + sx(n->b.get());
      return s + ")";
    }
    case NK::BinOp: return "(" + n->op + " " + sx(n->a.get()) + " " + sx(n->b.get()) + ")";
    case NK::UnaryOp: return "(" + (n->op == "-" ? std::string("neg") : n->op == "+" ? std::string("pos") : n->op) + " " + sx(n->a.get()) + ")";
    case NK::BoolOp: return "(" + n->op + sx_list(n->list) + ")";
    case NK::Compare: {
      std::string s = "(cmp " + sx(n->a.get());
      for (size_t i = 0; i < n->names.size(); i++) s += " " + n->names[i] + " " + sx(n->list[i].get());
      return s + ")";
    }
    case NK::Call: return "(call " + sx(n->a.get()) + sx_list(n->list) + sx_list(n->list2) + ")";
    case NK::Keyword: return (n->str.empty() ? std::string("**") : n->str + "=") + sx(n->a.get());
    case NK::Attribute: return "(. " + sx(n->a.get()) + " " + n->str + ")";
    case NK::Subscript: return "([] " + sx(n->a.get()) + " " + sx(n->b.get()) + ")";
    case NK::Slice: return "(: " + sx(n->a.get()) + " " + sx(n->b.get()) + " " + sx(n->c.get()) + ")";
    case NK::Starred: return "*" + sx(n->a.get());
    case NK::List: return "[" + sx_list(n->list) + " ]";
    case NK::Tuple: return "(tuple" + sx_list(n->list) + ")";
    case NK::Set: return "(set" + sx_list(n->list) + ")";
    case NK::Dict: {
      std::string s = "(dict";
      for (size_t i = 0; i < n->list.size(); i++)
        s += n->list[i] ? " " + sx(n->list[i].get()) + ":" + sx(n->list2[i].get())
                        : " **" + sx(n->list2[i].get());
      return s + ")";
    }
    case NK::ListComp: return "(listcomp " + sx(n->a.get()) + sx_list(n->list) + ")";
    case NK::SetComp: return "(setcomp " + sx(n->a.get()) + sx_list(n->list) + ")";
    case NK::GenExp: return "(genexp " + sx(n->a.get()) + sx_list(n->list) + ")";
    case NK::DictComp:
      return "(dictcomp " + sx(n->a.get()) + ":" + sx(n->b.get()) + sx_list(n->list) + ")";
    case NK::Comprehension: {
      std::string s = "(for " + sx(n->a.get()) + " in " + sx(n->b.get());
      for (auto& c : n->list) s += " if " + sx(c.get());
      return s + ")";
    }
    case NK::Lambda: return "(lambda " + sx(n->a.get()) + " " + sx(n->b.get()) + ")";
    case NK::IfExp:
      return "(ifexp " + sx(n->a.get()) + " " + sx(n->b.get()) + " " + sx(n->c.get()) + ")";
    case NK::NamedExpr: return "(:= " + sx(n->a.get()) + " " + sx(n->b.get()) + ")";
    case NK::Yield: return n->a ? "(yield " + sx(n->a.get()) + ")" : "(yield)";
    case NK::YieldFrom: return "(yield-from " + sx(n->a.get()) + ")";
    case NK::Arguments: {
      std::string s = "(args";
      for (auto& a : n->list) {
        s += " ";
        if (a->op == "*") s += "*";
        else if (a->op == "**") s += "**";
        s += a->str;
        if (a->op == "posonly") s += "/";
        if (a->op == "kwonly") s += "^";
        if (a->a) s += "=" + sx(a->a.get());
      }
      return s + ")";
    }
    case NK::Arg: return n->str;
    case NK::Module: return "(module" + sx_list(n->list) + ")";
    case NK::FunctionDef: {
      std::string s = "(def " + n->str + " " + sx(n->a.get());
      if (!n->list2.empty()) s += body("@", n->list2);
      return s + sx_list(n->list) + ")";
    }
    case NK::ClassDef: {
      std::string s = "(class " + n->str;
      if (!n->list2.empty()) s += body("@", n->list2);
      if (!n->list3.empty()) s += body("bases", n->list3);
      if (!n->list4.empty()) s += body("kw", n->list4);
      return s + sx_list(n->list) + ")";
    }
    case NK::Return: return n->a ? "(return " + sx(n->a.get()) + ")" : "(return)";
    case NK::Delete: return "(del" + sx_list(n->list) + ")";
    case NK::Assign: return "(=" + sx_list(n->list) + " " + sx(n->b.get()) + ")";
    case NK::AugAssign: return "(" + n->op + "= " + sx(n->a.get()) + " " + sx(n->b.get()) + ")";
    case NK::AnnAssign:
      return "(ann " + sx(n->a.get()) + " " + sx(n->b.get()) + (n->c ? " " + sx(n->c.get()) : "") + ")";
    case NK::For: {
      std::string s = "(for " + sx(n->a.get()) + " " + sx(n->b.get()) + sx_list(n->list);
      if (!n->list2.empty()) s += body("else", n->list2);
      return s + ")";
    }
    case NK::While: {
      std::string s = "(while " + sx(n->a.get()) + sx_list(n->list);
      if (!n->list2.empty()) s += body("else", n->list2);
      return s + ")";
    }
    case NK::If: {
      std::string s = "(if " + sx(n->a.get()) + sx_list(n->list);
      if (!n->list2.empty()) s += body("else", n->list2);
      return s + ")";
    }
    case NK::With: return "(with" + sx_list(n->list) + body("do", n->list2) + ")";
    case NK::WithItem: return n->b ? "(as " + sx(n->a.get()) + " " + sx(n->b.get()) + ")" : sx(n->a.get());
    case NK::Raise:
      return "(raise" + (n->a ? " " + sx(n->a.get()) : "") + (n->b ? " from " + sx(n->b.get()) : "") + ")";
    case NK::Try: {
      std::string s = "(try" + sx_list(n->list) + sx_list(n->list2);
      if (!n->list3.empty()) s += body("else", n->list3);
      if (!n->list4.empty()) s += body("finally", n->list4);
      return s + ")";
    }
    case NK::ExceptHandler:
      return "(except " + sx(n->a.get()) + (n->str.empty() ? "" : " as " + n->str) + sx_list(n->list) + ")";
    case NK::Assert: return "(assert " + sx(n->a.get()) + (n->b ? " " + sx(n->b.get()) : "") + ")";
    case NK::Import: return "(import" + sx_list(n->list) + ")";
    case NK::ImportFrom:
      return "(from " + std::string((size_t)n->ival, '.') + n->str + sx_list(n->list) + ")";
    case NK::Alias: return n->str2.empty() ? n->str : n->str + " as " + n->str2;
    case NK::Global: case NK::Nonlocal: {
      std::string s = n->kind == NK::Global ? "(global" : "(nonlocal";
      for (auto& x : n->names) s += " " + x;
      return s + ")";
    }
    case NK::Expr: return sx(n->a.get());
    case NK::Pass: return "pass";
    case NK::Break: return "break";
    case NK::Continue: return "continue";
  }
  return "?";
}

std::string parse_sx(const std::string& src) {
  SyntaxErrorInfo err;
  NodeP m = parse_module(src, &err);
  if (!m) return "ERROR " + err.type + ": " + err.message;
  std::string s;
  for (auto& st : m->list) {
    if (!s.empty()) s += " ";
    s += sx(st.get());
  }
  return s;
}

std::string expr_sx(const std::string& src) {
  SyntaxErrorInfo err;
  NodeP e = parse_expression(src, &err);
  if (!e) return "ERROR " + err.type + ": " + err.message;
  return sx(e.get());
}

}  // namespace

TEST_CASE("parser: expressions and precedence (trees match CPython's ast)", "[parser]") {
  auto [src, expected] = GENERATE(table<std::string, std::string>({
      {"a + b * c",
       "(+ a (* b c))"},
      {"a * b + c",
       "(+ (* a b) c)"},
      {"a - b - c",
       "(- (- a b) c)"},
      {"a ** b ** c",
       "(** a (** b c))"},
      {"-a ** b",
       "(neg (** a b))"},
      {"(-a) ** b",
       "(** (neg a) b)"},
      {"a ** -b",
       "(** a (neg b))"},
      {"not a == b",
       "(not (cmp a == b))"},
      {"not a and b or c",
       "(or (and (not a) b) c)"},
      {"a or b and not c",
       "(or a (and b (not c)))"},
      {"a and b and c or d or e",
       "(or (and a b c) d e)"},
      {"a < b < c",
       "(cmp a < b < c)"},
      {"a == b != c <= d >= e < f > g",
       "(cmp a == b != c <= d >= e < f > g)"},
      {"a in b not in c is d is not e",
       "(cmp a in b not in c is d is not e)"},
      {"a | b ^ c & d << e + f * g ** h",
       "(| a (^ b (& c (<< d (+ e (* f (** g h)))))))"},
      {"a << b >> c",
       "(>> (<< a b) c)"},
      {"a // b % c / d * e @ f",
       "(@ (* (/ (% (// a b) c) d) e) f)"},
      {"~a + -b - +c",
       "(- (+ (~ a) (neg b)) (pos c))"},
      {"- - a",
       "(neg (neg a))"},
      {"not not a",
       "(not (not a))"},
      {"a if b else c if d else e",
       "(ifexp b a (ifexp d c e))"},
      {"(a if b else c) if d else e",
       "(ifexp d (ifexp b a c) e)"},
      {"lambda: 0",
       "(lambda (args) 0)"},
      {"lambda x, y=1, *a, k, m=2, **kw: x",
       "(lambda (args x y=1 *a k^ m^=2 **kw) x)"},
      {"lambda a, /, b: a",
       "(lambda (args a/ b) a)"},
      {"lambda *, k: k",
       "(lambda (args k^) k)"},
      {"x if y else lambda: z",
       "(ifexp y x (lambda (args) z))"},
      {"a.b.c",
       "(. (. a b) c)"},
      {"a.b(c).d[e]",
       "([] (. (call (. a b) c) d) e)"},
      {"f(a)(b)(c)",
       "(call (call (call f a) b) c)"},
      {"f(x, *y, z=1, **w)",
       "(call f x *y z=1 **w)"},
      {"f(x for x in y)",
       "(call f (genexp x (for x in y)))"},
      {"f(*a, *b, **c, **d)",
       "(call f *a *b **c **d)"},
      {"f(a, b=1, *c, d=2)",
       "(call f a *c b=1 d=2)"},
      {"a[1]",
       "([] a 1)"},
      {"a[1:2]",
       "([] a (: 1 2 _))"},
      {"a[:]",
       "([] a (: _ _ _))"},
      {"a[::]",
       "([] a (: _ _ _))"},
      {"a[1:2:3]",
       "([] a (: 1 2 3))"},
      {"a[::-1]",
       "([] a (: _ _ (neg 1)))"},
      {"a[1:2, 3]",
       "([] a (tuple (: 1 2 _) 3))"},
      {"a[1, 2]",
       "([] a (tuple 1 2))"},
      {"a[1,]",
       "([] a (tuple 1))"},
      {"a[x:=1]",
       "([] a (:= x 1))"},
      {"[]",
       "[ ]"},
      {"[1, 2, 3,]",
       "[ 1 2 3 ]"},
      {"[*a, *b]",
       "[ *a *b ]"},
      {"()",
       "(tuple)"},
      {"(1,)",
       "(tuple 1)"},
      {"(1, 2)",
       "(tuple 1 2)"},
      {"1, 2",
       "(tuple 1 2)"},
      {"1,",
       "(tuple 1)"},
      {"*a, b",
       "(tuple *a b)"},
      {"{}",
       "(dict)"},
      {"{1}",
       "(set 1)"},
      {"{1, 2,}",
       "(set 1 2)"},
      {"{1: 2, **d, 3: 4}",
       "(dict 1:2 **d 3:4)"},
      {"{a: b for a, b in c}",
       "(dictcomp a:b (for (tuple a b) in c))"},
      {"{x for x in y if x if not x}",
       "(setcomp x (for x in y if x if (not x)))"},
      {"[x for x in y for z in x if z]",
       "(listcomp x (for x in y) (for z in x if z))"},
      {"[x for (a, b) in y]",
       "(listcomp x (for (tuple a b) in y))"},
      {"[x for a, b in y]",
       "(listcomp x (for (tuple a b) in y))"},
      {"[(x, y) for x in a]",
       "(listcomp (tuple x y) (for x in a))"},
      {"(x for x in y)",
       "(genexp x (for x in y))"},
      {"[x if x else y for x in z]",
       "(listcomp (ifexp x x y) (for x in z))"},
      {"(yield)",
       "(yield)"},
      {"(yield x)",
       "(yield x)"},
      {"(yield x, y)",
       "(yield (tuple x y))"},
      {"(yield from x)",
       "(yield-from x)"},
      {"(x := 5)",
       "(:= x 5)"},
      {"[y := f(x), y**2]",
       "[ (:= y (call f x)) (** y 2) ]"},
      {"f(a := 1)",
       "(call f (:= a 1))"},
      {"...",
       "..."},
      {"None, True, False",
       "(tuple None True False)"},
      {"1 if 2 else 3",
       "(ifexp 2 1 3)"},
      {"a.real",
       "(. a real)"},
      {"1 .real",
       "(. 1 real)"},
      {"\"abc\"",
       "'abc'"},
      {"\"a\" \"b\" 'c'",
       "'abc'"},
      {"b\"abc\"",
       "b'abc'"},
      {"f\"a{b}c\"",
       "(f 'a' (fv b) 'c')"},
      {"f\"{a!r:>{width}}\"",
       "(f (fv a !r (f '>' (fv width))))"},
      {"f\"{x:{y}}\"",
       "(f (fv x (f (fv y))))"},
      {"\"a\" f\"{b}\" \"c\"",
       "(f 'a' (fv b) 'c')"},
      {"x[a, b:c, ::d]",
       "([] x (tuple a (: b c _) (: _ _ d)))"},
      {"a is not b",
       "(cmp a is not b)"},
      {"a not in b",
       "(cmp a not in b)"},
      {"-1",
       "(neg 1)"},
      {"--1",
       "(neg (neg 1))"},
      {"2**-1",
       "(** 2 (neg 1))"},
      {"a @ b",
       "(@ a b)"},
      {"1 < 2 == 3",
       "(cmp 1 < 2 == 3)"},
      {"f(a,)",
       "(call f a)"},
      {"f()",
       "(call f)"},
      {"a[b][c]",
       "([] ([] a b) c)"},
      {"(a)(b)",
       "(call a b)"},
      {"(a).b",
       "(. a b)"},
      {"(((a)))",
       "a"},
      {"x = *a, *b",
       "(= x (tuple *a *b))"},
      {"0x10 + 0o10 + 0b10 + 10",
       "(+ (+ (+ 16 8) 2) 10)"},
      {"1e3 + 1.5",
       "(+ 1000f 1.5f)"},
      {"18446744073709551616",
       "18446744073709551616L"},
      {"a if not b else c",
       "(ifexp (not b) a c)"},
      {"not a if b else c",
       "(ifexp b (not a) c)"},
      {"lambda x: lambda y: x + y",
       "(lambda (args x) (lambda (args y) (+ x y)))"},
      {"lambda: (yield)",
       "(lambda (args) (yield))"},
      {"a + (yield)",
       "(+ a (yield))"},
      {"print(*args, sep=\"\")",
       "(call print *args sep='')"},
  }));
  CAPTURE(src);
  CHECK(parse_sx(src) == expected);
}

TEST_CASE("parser: statements (trees match CPython's ast)", "[parser]") {
  auto [src, expected] = GENERATE(table<std::string, std::string>({
      {"pass",
       "pass"},
      {"x = 1",
       "(= x 1)"},
      {"x = y = z",
       "(= x y z)"},
      {"x, y = y, x",
       "(= (tuple x y) (tuple y x))"},
      {"[a, b] = c",
       "(= [ a b ] c)"},
      {"(a, b) = c",
       "(= (tuple a b) c)"},
      {"a, *b = c",
       "(= (tuple a *b) c)"},
      {"*a, b = c",
       "(= (tuple *a b) c)"},
      {"a.b = c",
       "(= (. a b) c)"},
      {"a[b] = c",
       "(= ([] a b) c)"},
      {"a[1:2] = c",
       "(= ([] a (: 1 2 _)) c)"},
      {"x = yield",
       "(= x (yield))"},
      {"x = yield y",
       "(= x (yield y))"},
      {"x = yield from y",
       "(= x (yield-from y))"},
      {"x += 1",
       "(+= x 1)"},
      {"x -= 1; x *= 2; x /= 3; x //= 4; x %= 5; x **= 6",
       "(-= x 1) (*= x 2) (/= x 3) (//= x 4) (%= x 5) (**= x 6)"},
      {"x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= 1",
       "(<<= x 1) (>>= x 1) (&= x 1) (|= x 1) (^= x 1) (@= x 1)"},
      {"a.b += 1",
       "(+= (. a b) 1)"},
      {"a[0] += 1",
       "(+= ([] a 0) 1)"},
      {"x += yield",
       "(+= x (yield))"},
      {"x: int",
       "(ann x int)"},
      {"x: int = 5",
       "(ann x int 5)"},
      {"a.b: int = 1",
       "(ann (. a b) int 1)"},
      {"a[0]: int",
       "(ann ([] a 0) int)"},
      {"(x): int = 1",
       "(ann x int 1)"},
      {"x: list[int] = []",
       "(ann x ([] list int) [ ])"},
      {"del x",
       "(del x)"},
      {"del x, y",
       "(del x y)"},
      {"del a.b, a[0], (c, d), [e]",
       "(del (. a b) ([] a 0) (tuple c d) [ e ])"},
      {"del (x)",
       "(del x)"},
      {"assert x",
       "(assert x)"},
      {"assert x, \"msg\"",
       "(assert x 'msg')"},
      {"raise",
       "(raise)"},
      {"raise E",
       "(raise E)"},
      {"raise E(\"m\") from e",
       "(raise (call E 'm') from e)"},
      {"raise E from None",
       "(raise E from None)"},
      {"return",
       "(return)"},
      {"return x",
       "(return x)"},
      {"return x, y",
       "(return (tuple x y))"},
      {"return *a, b",
       "(return (tuple *a b))"},
      {"yield",
       "(yield)"},
      {"yield x",
       "(yield x)"},
      {"yield x, y",
       "(yield (tuple x y))"},
      {"yield from g()",
       "(yield-from (call g))"},
      {"global a",
       "(global a)"},
      {"global a, b",
       "(global a b)"},
      {"nonlocal a, b",
       "(nonlocal a b)"},
      {"import a",
       "(import a)"},
      {"import a.b.c",
       "(import a.b.c)"},
      {"import a as b, c.d as e",
       "(import a as b c.d as e)"},
      {"from a import b",
       "(from a b)"},
      {"from a.b import c as d, e",
       "(from a.b c as d e)"},
      {"from a import (b, c,)",
       "(from a b c)"},
      {"from a import *",
       "(from a *)"},
      {"from . import a",
       "(from . a)"},
      {"from .. import a",
       "(from .. a)"},
      {"from .mod import a",
       "(from .mod a)"},
      {"from ...pkg.mod import a",
       "(from ...pkg.mod a)"},
      {"break",
       "break"},
      {"continue",
       "continue"},
      {"if a: b",
       "(if a b)"},
      {"if a:\n    b\nelse:\n    c",
       "(if a b (else c))"},
      {"if a:\n    b\nelif c:\n    d\nelif e:\n    f\nelse:\n    g",
       "(if a b (else (if c d (else (if e f (else g))))))"},
      {"if a: pass\nelif b: pass",
       "(if a pass (else (if b pass)))"},
      {"while x:\n    y\n",
       "(while x y)"},
      {"while x:\n    y\nelse:\n    z\n",
       "(while x y (else z))"},
      {"while (x := f()): pass",
       "(while (:= x (call f)) pass)"},
      {"for x in y:\n    z\n",
       "(for x y z)"},
      {"for x, y in z: pass",
       "(for (tuple x y) z pass)"},
      {"for (x, y) in z: pass",
       "(for (tuple x y) z pass)"},
      {"for [x, y] in z: pass",
       "(for [ x y ] z pass)"},
      {"for x in y, z: pass",
       "(for x (tuple y z) pass)"},
      {"for x in *a, b: pass",
       "(for x (tuple *a b) pass)"},
      {"for a.b in c: pass",
       "(for (. a b) c pass)"},
      {"for x in y:\n    pass\nelse:\n    z",
       "(for x y pass (else z))"},
      {"def f(): pass",
       "(def f (args) pass)"},
      {"def f(a, b): return a",
       "(def f (args a b) (return a))"},
      {"def f(a, b=1, *args, c, d=2, **kw): pass",
       "(def f (args a b=1 *args c^ d^=2 **kw) pass)"},
      {"def f(a, /, b, *, c): pass",
       "(def f (args a/ b c^) pass)"},
      {"def f(a=1, /, b=2): pass",
       "(def f (args a/=1 b=2) pass)"},
      {"def f(*, a): pass",
       "(def f (args a^) pass)"},
      {"def f(**kw): pass",
       "(def f (args **kw) pass)"},
      {"def f(*args): pass",
       "(def f (args *args) pass)"},
      {"def f(a,): pass",
       "(def f (args a) pass)"},
      {"def f(a: int, b: str = \"\") -> bool: pass",
       "(def f (args a b='') pass)"},
      {"def f(*args: int, **kw: str): pass",
       "(def f (args *args **kw) pass)"},
      {"@dec\ndef f(): pass",
       "(def f (args) (@ dec) pass)"},
      {"@a\n@b.c(1)\ndef f(): pass",
       "(def f (args) (@ a (call (. b c) 1)) pass)"},
      {"@(lambda f: f)\ndef f(): pass",
       "(def f (args) (@ (lambda (args f) f)) pass)"},
      {"@x[0]\nclass C: pass",
       "(class C (@ ([] x 0)) pass)"},
      {"def gen():\n    yield 1\n    yield from range(3)\n    x = yield\n    return x",
       "(def gen (args) (yield 1) (yield-from (call range 3)) (= x (yield)) (return x))"},
      {"def f():\n    def g():\n        nonlocal x\n    global y",
       "(def f (args) (def g (args) (nonlocal x)) (global y))"},
      {"class C: pass",
       "(class C pass)"},
      {"class C(): pass",
       "(class C pass)"},
      {"class C(B): pass",
       "(class C (bases B) pass)"},
      {"class C(A, B, metaclass=M, **kw): pass",
       "(class C (bases A B) (kw metaclass=M **kw) pass)"},
      {"class C:\n    x = 1\n    def m(self): return self.x",
       "(class C (= x 1) (def m (args self) (return (. self x))))"},
      {"try:\n    a\nexcept:\n    b",
       "(try a (except _ b))"},
      {"try:\n    a\nexcept E:\n    b",
       "(try a (except E b))"},
      {"try:\n    a\nexcept E as e:\n    b",
       "(try a (except E as e b))"},
      {"try:\n    a\nexcept (E, F) as e:\n    b\nexcept G:\n    c\nelse:\n    d\nfinally:\n    e",
       "(try a (except (tuple E F) as e b) (except G c) (else d) (finally e))"},
      {"try:\n    a\nfinally:\n    b",
       "(try a (finally b))"},
      {"try: a\nexcept E: b\nelse: c",
       "(try a (except E b) (else c))"},
      {"with a: pass",
       "(with a (do pass))"},
      {"with a as b: pass",
       "(with (as a b) (do pass))"},
      {"with a as b, c as d: pass",
       "(with (as a b) (as c d) (do pass))"},
      {"with a, b: pass",
       "(with a b (do pass))"},
      {"with (a as b, c as d): pass",
       "(with (as a b) (as c d) (do pass))"},
      {"with (a as b, c as d,): pass",
       "(with (as a b) (as c d) (do pass))"},
      {"with (a, b): pass",
       "(with a b (do pass))"},
      {"with (a): pass",
       "(with a (do pass))"},
      {"with (a) as b: pass",
       "(with (as a b) (do pass))"},
      {"with a as (b, c): pass",
       "(with (as a (tuple b c)) (do pass))"},
      {"with a as b.c: pass",
       "(with (as a (. b c)) (do pass))"},
      {"with (yield): pass",
       "(with (yield) (do pass))"},
      {"x = 1; y = 2;",
       "(= x 1) (= y 2)"},
      {"f(x)\ng(y)\n",
       "(call f x) (call g y)"},
      {"if a:\n    if b:\n        c\n    d\ne",
       "(if a (if b c) d) e"},
      {"for i in range(10):\n    if i % 2:\n        continue\n    print(i)\n",
       "(for i (call range 10) (if (% i 2) continue) (call print i))"},
      {"def f(x):\n    if x:\n        return 1\n    return 2\n",
       "(def f (args x) (if x (return 1)) (return 2))"},
      {"x = [\n    1,\n    2,\n]\n",
       "(= x [ 1 2 ])"},
      {"x = 1 + \\\n    2",
       "(= x (+ 1 2))"},
      {"print(f\"{x}\")",
       "(call print (f (fv x)))"},
      {"a = b = c = d = 0",
       "(= a b c d 0)"},
      {"x = a if b else c",
       "(= x (ifexp b a c))"},
      {"x = lambda: 0",
       "(= x (lambda (args) 0))"},
      {"x = not a",
       "(= x (not a))"},
      {"x = (yield)",
       "(= x (yield))"},
      {"x = *a, b",
       "(= x (tuple *a b))"},
      {"a, = b",
       "(= (tuple a) b)"},
      {"(a), b = c",
       "(= (tuple a b) c)"},
      {"[a, [b, *c]] = d",
       "(= [ a [ b *c ] ] d)"},
      {"match = 1",
       "(= match 1)"},
      {"case = 2",
       "(= case 2)"},
      {"_ = 3",
       "(= _ 3)"},
      {"print(match, case)",
       "(call print match case)"},
  }));
  CAPTURE(src);
  CHECK(parse_sx(src) == expected);
}

TEST_CASE("parser: f-string debugging form and specs", "[parser]") {
  CHECK(parse_sx("f'{x=}'") == "(f (fv x !r dbg='x='))");
  CHECK(parse_sx("f'{x = }'") == "(f (fv x !r dbg='x = '))");
  CHECK(parse_sx("f'{x=!s}'") == "(f (fv x !s dbg='x='))");
  CHECK(parse_sx("f'{x=:>4}'") == "(f (fv x dbg='x=' (f '>4')))");
  CHECK(parse_sx("f'a{x+1=}b'") == "(f 'a' (fv (+ x 1) !r dbg='x+1=') 'b')");
  CHECK(parse_sx("f'{f\"{x}\"}'") == "(f (fv (f (fv x))))");
  CHECK(parse_sx("f'{x for x in y}'") == "(f (fv (genexp x (for x in y))))");
  CHECK(parse_sx("f'{a, b}'") == "(f (fv (tuple a b)))");
  CHECK(parse_sx("f'{yield}'") == "(f (fv (yield)))");
  CHECK(parse_sx("f'{x:{y}.{z}}'") == "(f (fv x (f (fv y) '.' (fv z))))");
}

TEST_CASE("parser: parse_expression", "[parser]") {
  CHECK(expr_sx("1 + 2") == "(+ 1 2)");
  CHECK(expr_sx("a, b") == "(tuple a b)");
  CHECK(expr_sx("x\n\n") == "x");
  CHECK(expr_sx("[i * i for i in range(3)]") == "(listcomp (* i i) (for i in (call range 3)))");
  CHECK(expr_sx("x = 1") == "ERROR SyntaxError: invalid syntax");
  CHECK(expr_sx("1 +") == "ERROR SyntaxError: invalid syntax");
  CHECK(expr_sx("(1") == "ERROR SyntaxError: '(' was never closed");
  CHECK(expr_sx("") == "ERROR SyntaxError: invalid syntax");
  CHECK(expr_sx("*a") == "ERROR SyntaxError: invalid syntax");
}

TEST_CASE("parser: parse_expression errors match compile(..., 'eval')", "[parser]") {
  using Row = std::tuple<std::string, std::string, std::string, int, int, int, int>;
  auto [src, type, msg, line, col, end_line, end_col] =
      GENERATE(table<std::string, std::string, std::string, int, int, int, int>({
      Row{"1 +", "SyntaxError", "invalid syntax", 1, 0, 1, 0},
      Row{"x = 1", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
      Row{"(1", "SyntaxError", "'(' was never closed", 1, 1, 1, 0},
      Row{"", "SyntaxError", "invalid syntax", 0, 0, 0, 0},
      Row{"  1", "IndentationError", "unexpected indent", 1, 2, 1, -1},
      Row{"1\n2", "SyntaxError", "invalid syntax", 2, 1, 2, 2},
      Row{"x if y", "SyntaxError", "expected 'else' after 'if' expression", 1, 1, 1, 7},
      Row{"[1, 2", "SyntaxError", "'[' was never closed", 1, 1, 1, 0},
      Row{"f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6},
      Row{"print 1", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8},
      Row{"yield x", "SyntaxError", "invalid syntax", 1, 1, 1, 6},
      Row{"*a", "SyntaxError", "invalid syntax", 1, 1, 1, 2},
      Row{"x := 1", "SyntaxError", "invalid syntax", 1, 3, 1, 5},
      Row{"1;", "SyntaxError", "invalid syntax", 1, 2, 1, 3},
      Row{"# c", "SyntaxError", "invalid syntax", 1, 0, 1, 0},
      Row{"  ", "IndentationError", "unexpected indent", 1, 2, 1, -1},
      Row{"'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1, 1, 1},
      Row{"def f(): pass", "SyntaxError", "invalid syntax", 1, 1, 1, 4},
      Row{"a b c", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
      Row{"f(**)", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
      Row{"{a: b, c}", "SyntaxError", "':' expected after dictionary key", 1, 8, 1, 0},
      Row{"x.", "SyntaxError", "invalid syntax", 1, 0, 1, 0},
      Row{"1 if 2 else", "SyntaxError", "invalid syntax", 1, 0, 1, 0},
      Row{"'''abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 1, 1, 1},
      Row{"x +\n", "SyntaxError", "invalid syntax", 1, 4, 1, 4},
      Row{"(1,\n2", "SyntaxError", "'(' was never closed", 1, 1, 1, 0},
      Row{"\t1", "IndentationError", "unexpected indent", 1, 1, 1, -1},
  }));
  CAPTURE(src);
  SyntaxErrorInfo err;
  NodeP m = parse_expression(src, &err);
  REQUIRE_FALSE(m);
  CHECK(err.type == type);
  CHECK(err.message == msg);
  CHECK(err.line == line);
  CHECK(err.col == col);
  CHECK(err.end_line == end_line);
  CHECK(err.end_col == end_col);
}

TEST_CASE("parser: source spans", "[parser]") {
  SyntaxErrorInfo err;
  NodeP m = parse_module("def f(x):\n    return (x +\n            1)\ny = f(2)[0]\n", &err);
  REQUIRE(m);
  const Node* f = m->list[0].get();
  CHECK(f->kind == NK::FunctionDef);
  CHECK(f->line == 1);
  CHECK(f->col == 1);
  CHECK(f->end_line == 3);
  CHECK(f->end_col == 15);
  const Node* ret = f->list[0].get();
  CHECK(ret->line == 2);
  CHECK(ret->col == 5);
  CHECK(ret->end_line == 3);
  CHECK(ret->end_col == 15);
  const Node* bin = ret->a.get();
  CHECK(bin->line == 2);
  CHECK(bin->col == 13);
  CHECK(bin->end_line == 3);
  CHECK(bin->end_col == 14);
  const Node* asg = m->list[1].get();
  CHECK(asg->line == 4);
  CHECK(asg->end_col == 12);
  const Node* sub = asg->b.get();
  CHECK(sub->kind == NK::Subscript);
  CHECK(sub->col == 5);
  CHECK(sub->end_col == 12);
  CHECK(sub->a->kind == NK::Call);
  CHECK(sub->a->end_col == 9);
  // parenthesised operands make the enclosing node start at '('
  NodeP m2 = parse_module("z = (a + b) * c", &err);
  REQUIRE(m2);
  CHECK(m2->list[0]->b->col == 5);
  CHECK(m2->list[0]->b->a->col == 6);
  // decorators: the def starts at 'def'
  NodeP m3 = parse_module("@d\ndef g(): pass\n", &err);
  REQUIRE(m3);
  CHECK(m3->list[0]->line == 2);
  CHECK(m3->list[0]->list2[0]->line == 1);
  CHECK(m3->list[0]->list2[0]->col == 2);
  // columns count characters, not bytes
  NodeP m4 = parse_module("s = 'héllo' + x", &err);
  REQUIRE(m4);
  CHECK(m4->list[0]->b->b->col == 15);
}

TEST_CASE("parser: syntax errors match CPython 3.11", "[parser]") {
  using Row = std::tuple<std::string, std::string, std::string, int, int, int, int>;
  auto [src, type, msg, line, col, end_line, end_col] =
      GENERATE(table<std::string, std::string, std::string, int, int, int, int>({
      Row{"1 = 2", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2},
      Row{"f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
      Row{"x + 1 = 2", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6},
      Row{"a, 1 = 2", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 4, 1, 5},
      Row{"for 1 in x: pass", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
      Row{"del f()", "SyntaxError", "cannot delete function call", 1, 5, 1, 8},
      Row{"del 1", "SyntaxError", "cannot delete literal", 1, 5, 1, 6},
      Row{"del (a, 1)", "SyntaxError", "cannot delete literal", 1, 9, 1, 10},
      Row{"with a as 1: pass", "SyntaxError", "cannot assign to literal", 1, 11, 1, 12},
      Row{"[x for 1 in y]", "SyntaxError", "cannot assign to literal", 1, 8, 1, 9},
      Row{"True = 1", "SyntaxError", "cannot assign to True", 1, 1, 1, 5},
      Row{"None = 1", "SyntaxError", "cannot assign to None", 1, 1, 1, 5},
      Row{"(a, b): int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 7},
      Row{"[a]: int", "SyntaxError", "only single target (not list) can be annotated", 1, 1, 1, 4},
      Row{"a + 1: int", "SyntaxError", "illegal target for annotation", 1, 1, 1, 6},
      Row{"x = (", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
      Row{"x = (1,\ny = 2\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
      Row{"foo(a, b", "SyntaxError", "'(' was never closed", 1, 4, 1, 0},
      Row{"foo(a, b\n", "SyntaxError", "'(' was never closed", 1, 4, 1, 0},
      Row{"x = [1, 2,\n\nprint(x)\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
      Row{"if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5},
      Row{"if x\n  pass", "SyntaxError", "expected ':'", 1, 5, 1, 5},
      Row{"if x\n", "SyntaxError", "expected ':'", 1, 5, 1, 5},
      Row{"while x\n  pass", "SyntaxError", "expected ':'", 1, 8, 1, 8},
      Row{"for x in y\n  pass", "SyntaxError", "expected ':'", 1, 11, 1, 11},
      Row{"def f()\n  pass", "SyntaxError", "expected ':'", 1, 8, 1, 8},
      Row{"def f():\nreturn 1", "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 2, 7},
      Row{"def f(x):\n\n# c\nreturn 1", "IndentationError", "expected an indented block after function definition on line 1", 4, 1, 4, 7},
      Row{"class A\n  pass", "SyntaxError", "expected ':'", 1, 8, 1, 8},
      Row{"class A:\npass", "IndentationError", "expected an indented block after class definition on line 1", 2, 1, 2, 5},
      Row{"try:\nx", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1, 2, 2},
      Row{"try:\n  x\nexcept E:\npass", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 4, 5},
      Row{"try:\n  x\nfinally:\npass", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1, 4, 5},
      Row{"try:\n  x\n", "SyntaxError", "expected 'except' or 'finally' block", 2, 4, 2, -1},
      Row{"try:\n  x\nexcept\n  pass", "SyntaxError", "expected ':'", 3, 7, 3, 7},
      Row{"try:\n  x\nexcept E\n  pass", "SyntaxError", "expected ':'", 3, 9, 3, 9},
      Row{"try:\n  x\nexcept A, B:\n  pass", "SyntaxError", "multiple exception types must be parenthesized", 3, 8, 3, 12},
      Row{"if x:\n  a\nelse:\nb", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1, 4, 2},
      Row{"if x:\n  a\nelif y:\nb", "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 1, 4, 2},
      Row{"if x:\n  a\nelif y\n  b", "SyntaxError", "expected ':'", 3, 7, 3, 7},
      Row{"if x:\n  a\nelse\n  b", "SyntaxError", "expected ':'", 3, 5, 3, 5},
      Row{"while x:\npass", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1, 2, 5},
      Row{"for x in y:\npass", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1, 2, 5},
      Row{"with a:\npass", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1, 2, 5},
      Row{"with a\n  pass", "SyntaxError", "expected ':'", 1, 7, 1, 7},
      Row{"print \"hi\"", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 11},
      Row{"print \"hi\", x", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 14},
      Row{"print x", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8},
      Row{"exec \"code\"", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, 1, 12},
      Row{"f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6},
      Row{"[a b]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
      Row{"(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
      Row{"{a b}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
      Row{"{a: b c}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5, 1, 8},
      Row{"a b", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
      Row{"x = a b", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"f(a, b c, d)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9},
      Row{"s = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
      Row{"s = \"abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
      Row{"s = \"\"\"abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5},
      Row{"s = '''abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5},
      Row{"x = 1\ns = \"abc\ny = 2", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5, 2, 5},
      Row{"1abc", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1},
      Row{"x = 1abc", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5},
      Row{"0777", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 2},
      Row{"x = 0777 + 1", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6},
      Row{"1_000_", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
      Row{"1__0", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
      Row{"0x", "SyntaxError", "invalid hexadecimal literal", 1, 2, 1, 2},
      Row{"0xg", "SyntaxError", "invalid hexadecimal literal", 1, 2, 1, 2},
      Row{"0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 3, 1, 3},
      Row{"0o", "SyntaxError", "invalid octal literal", 1, 2, 1, 2},
      Row{"0b2", "SyntaxError", "invalid digit '2' in binary literal", 1, 3, 1, 3},
      Row{"0b12", "SyntaxError", "invalid digit '2' in binary literal", 1, 4, 1, 4},
      Row{"1e", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1},
      Row{"1e+", "SyntaxError", "invalid decimal literal", 1, 3, 1, 3},
      Row{"1.e5x", "SyntaxError", "invalid decimal literal", 1, 4, 1, 4},
      Row{"x = 1 $ 2", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"x = 1 ? 2", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"x = a!b", "SyntaxError", "invalid syntax", 1, 6, 1, 7},
      Row{" x = 1", "IndentationError", "unexpected indent", 1, 1, 1, -1},
      Row{"x = 1\n    y = 2", "IndentationError", "unexpected indent", 2, 4, 2, -1},
      Row{"if x:\n    a\n  b", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, -1},
      Row{"if x:\n\ta\n        b", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
      Row{"if x:\n        a\n\tb", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
      Row{"x = )", "SyntaxError", "unmatched ')'", 1, 5, 1, 5},
      Row{"x = ]", "SyntaxError", "unmatched ']'", 1, 5, 1, 5},
      Row{"x = (]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, 1, 6},
      Row{"x = (\n]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 2, 1},
      Row{"x = {)", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '{'", 1, 6, 1, 6},
      Row{"\\x", "SyntaxError", "unexpected character after line continuation character", 1, 2, 1, 0},
      Row{"x = 1 \\ 2", "SyntaxError", "unexpected character after line continuation character", 1, 8, 1, 0},
      Row{"x = 1 \\", "SyntaxError", "unexpected EOF while parsing", 1, 8, 1, -1},
      Row{"x = \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 6, 1, -1},
      Row{"def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13},
      Row{"def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8},
      Row{"def f(*, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8},
      Row{"def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 13},
      Row{"def f(**k, *a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 13},
      Row{"def f(/, a): pass", "SyntaxError", "at least one argument must precede /", 1, 7, 1, 8},
      Row{"def f(a, /, b, /): pass", "SyntaxError", "/ may appear only once", 1, 16, 1, 17},
      Row{"def f(*a, /): pass", "SyntaxError", "/ must be ahead of *", 1, 11, 1, 12},
      Row{"def f(*a=1): pass", "SyntaxError", "var-positional argument cannot have default value", 1, 9, 1, 10},
      Row{"def f(**a=1): pass", "SyntaxError", "var-keyword argument cannot have default value", 1, 10, 1, 11},
      Row{"def f(*a, *b): pass", "SyntaxError", "* argument may appear only once", 1, 11, 1, 12},
      Row{"def f(a=): pass", "SyntaxError", "expected default value expression", 1, 8, 1, 9},
      Row{"def f((a, b)): pass", "SyntaxError", "Function parameters cannot be parenthesized", 1, 7, 1, 13},
      Row{"def f(a b): pass", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
      Row{"def f(a, b c): pass", "SyntaxError", "invalid syntax", 1, 12, 1, 13},
      Row{"lambda a=1, b: 0", "SyntaxError", "non-default argument follows default argument", 1, 13, 1, 14},
      Row{"lambda *: 0", "SyntaxError", "named arguments must follow bare *", 1, 9, 1, 10},
      Row{"lambda (a): 0", "SyntaxError", "Lambda expression parameters cannot be parenthesized", 1, 8, 1, 11},
      Row{"f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9},
      Row{"f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10},
      Row{"f(**a, b)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9, 1, 10},
      Row{"f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15},
      Row{"f(1, x for x in y)", "SyntaxError", "Generator expression must be parenthesized", 1, 6, 1, 18},
      Row{"f(a=x for x in y)", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3, 1, 5},
      Row{"f(True=1)", "SyntaxError", "cannot assign to True", 1, 3, 1, 8},
      Row{"f(a+1=2)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7},
      Row{"f(a.b=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7},
      Row{"x = yield = 1", "SyntaxError", "assignment to yield expression not possible", 1, 5, 1, 10},
      Row{"x += yield = 1", "SyntaxError", "invalid syntax", 1, 12, 1, 13},
      Row{"f() += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4},
      Row{"(a, b) += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 7},
      Row{"[a, b] += 1", "SyntaxError", "'list' is an illegal expression for augmented assignment", 1, 1, 1, 7},
      Row{"x = 1 if y", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11},
      Row{"x = 1 if y else", "SyntaxError", "invalid syntax", 1, 16, 1, 16},
      Row{"[*x for x in y]", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4},
      Row{"[x, y for x in z]", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 2, 1, 6},
      Row{"[x, for x in z]", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 2, 1, 4},
      Row{"(*x)", "SyntaxError", "cannot use starred expression here", 1, 2, 1, 4},
      Row{"(**x)", "SyntaxError", "cannot use double starred expression here", 1, 2, 1, 4},
      Row{"{**x for x in y}", "SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 2, 1, 4},
      Row{"{a: *b}", "SyntaxError", "cannot use a starred expression in a dictionary value", 1, 5, 1, 7},
      Row{"{a:}", "SyntaxError", "expression expected after dictionary key and ':'", 1, 3, 1, 4},
      Row{"{a, b: c}", "SyntaxError", "invalid syntax", 1, 6, 1, 7},
      Row{"{a: b, c}", "SyntaxError", "':' expected after dictionary key", 1, 8, 1, 0},
      Row{"x := 1", "SyntaxError", "invalid syntax", 1, 3, 1, 5},
      Row{"(a.b := 1)", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2, 1, 5},
      Row{"if x = 1: pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9},
      Row{"if x.y = 1: pass", "SyntaxError", "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7},
      Row{"if f() = 1: pass", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7},
      Row{"while x = 1: pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7, 1, 12},
      Row{"from x import a,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17},
      Row{"from x import (a, b", "SyntaxError", "'(' was never closed", 1, 15, 1, 0},
      Row{"from x import", "SyntaxError", "invalid syntax", 1, 14, 1, 14},
      Row{"import", "SyntaxError", "invalid syntax", 1, 7, 1, 7},
      Row{"import a.", "SyntaxError", "invalid syntax", 1, 10, 1, 10},
      Row{"@dec\nx = 1", "SyntaxError", "invalid syntax", 2, 1, 2, 2},
      Row{"@dec", "SyntaxError", "invalid syntax", 1, 0, 1, 0},
      Row{"def f():\n  return\n def g(): pass", "IndentationError", "unindent does not match any outer indentation level", 3, 15, 3, -1},
      Row{"f\"{}\"", "SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 6},
      Row{"f\"{ }\"", "SyntaxError", "f-string: empty expression not allowed", 1, 7, 1, 7},
      Row{"f\"{x\"", "SyntaxError", "f-string: expecting '}'", 1, 6, 1, 6},
      Row{"f\"{x!z}\"", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9},
      Row{"f\"{x!}\"", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8, 1, 8},
      Row{"f\"}\"", "SyntaxError", "f-string: single '}' is not allowed", 1, 5, 1, 5},
      Row{"f\"{x}}\"", "SyntaxError", "f-string: single '}' is not allowed", 1, 8, 1, 8},
      Row{"f\"{a b}\"", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
      Row{"f\"{#}\"", "SyntaxError", "f-string expression part cannot include '#'", 1, 7, 1, 7},
      Row{"f\"{x:{y:{z}}}\"", "SyntaxError", "f-string: expressions nested too deeply", 1, 15, 1, 15},
      Row{"f\"{\\n}\"", "SyntaxError", "f-string expression part cannot include a backslash", 1, 8, 1, 8},
      Row{"f\"{x)}\"", "SyntaxError", "f-string: unmatched ')'", 1, 8, 1, 8},
      Row{"f\"{(x}\"", "SyntaxError", "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 8, 1, 8},
      Row{"b\"é\"", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 1, 1, 5},
      Row{"\"\\x4\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 6, 1, 6},
      Row{"\"\\u12\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 7, 1, 7},
      Row{"\"\\N{DASH}\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name", 1, 11, 1, 11},
      Row{"b\"a\" \"b\"", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 9, 1, 9},
      Row{"\"a\" b\"b\"", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 9, 1, 9},
      Row{"x = [1, 2 3]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12},
      Row{"x = (1 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9},
      Row{"print(f\"a\" f\"b {x y}\")", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
      Row{"a = 1 +", "SyntaxError", "invalid syntax", 1, 8, 1, 8},
      Row{"a = (1 +", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
      Row{"a = 1 + )", "SyntaxError", "unmatched ')'", 1, 9, 1, 9},
      Row{"return x y", "SyntaxError", "invalid syntax", 1, 10, 1, 11},
      Row{"x = not", "SyntaxError", "invalid syntax", 1, 8, 1, 8},
      Row{"x = a not b", "SyntaxError", "invalid syntax", 1, 11, 1, 12},
      Row{"x = a is not", "SyntaxError", "invalid syntax", 1, 13, 1, 13},
      Row{"x = .5.5", "SyntaxError", "invalid syntax", 1, 7, 1, 9},
      Row{"x = 1.2.3", "SyntaxError", "invalid syntax", 1, 8, 1, 10},
      Row{"a[1:2:3:4]", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
      Row{"a.1", "SyntaxError", "invalid syntax", 1, 2, 1, 4},
      Row{"a.(b)", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
      Row{"x = $", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
      Row{"x = `a`", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
      Row{"else: pass", "SyntaxError", "invalid syntax", 1, 1, 1, 5},
      Row{"elif x: pass", "SyntaxError", "invalid syntax", 1, 1, 1, 5},
      Row{"except: pass", "SyntaxError", "invalid syntax", 1, 1, 1, 7},
      Row{"finally: pass", "SyntaxError", "invalid syntax", 1, 1, 1, 8},
      Row{"x = 1;;", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{";", "SyntaxError", "invalid syntax", 1, 1, 1, 2},
      Row{"def f():\n    x = 1\n   y = 2", "IndentationError", "unindent does not match any outer indentation level", 3, 9, 3, -1},
      Row{"for x in range(10):\nprint(x)", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1, 2, 6},
      Row{"def f(x):\n    if x:\n    return 1", "IndentationError", "expected an indented block after 'if' statement on line 2", 3, 5, 3, 11},
      Row{"class C:\n    def f(self):\n    pass", "IndentationError", "expected an indented block after function definition on line 2", 3, 5, 3, 9},
      Row{"x = [\n  1,\n  2\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
      Row{"print(\"hello\"", "SyntaxError", "'(' was never closed", 1, 6, 1, 0},
      Row{"print(\"hello\")\nprint(\"world\"", "SyntaxError", "'(' was never closed", 2, 6, 2, 0},
      Row{"print(\"a\" + )", "SyntaxError", "invalid syntax", 1, 13, 1, 14},
      Row{"def f(x:\n  pass", "SyntaxError", "'(' was never closed", 1, 6, 1, 0},
      Row{"if x == 1\n    print(x)", "SyntaxError", "expected ':'", 1, 10, 1, 10},
      Row{"if (x == 1:\n    print(x)", "SyntaxError", "invalid syntax", 1, 11, 1, 12},
      Row{"x = {\"a\": 1, \"b\": 2", "SyntaxError", "'{' was never closed", 1, 5, 1, 0},
      Row{"x = {\"a\": 1 \"b\": 2}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 11, 1, 16},
      Row{"x = [\"a\" \"b\" c]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 15},
      Row{"foo = bar baz = 1", "SyntaxError", "invalid syntax", 1, 11, 1, 14},
      Row{"else", "SyntaxError", "invalid syntax", 1, 1, 1, 5},
      Row{"pass pass", "SyntaxError", "invalid syntax", 1, 6, 1, 10},
      Row{"x = 5 if", "SyntaxError", "invalid syntax", 1, 9, 1, 9},
      Row{"a = b = ", "SyntaxError", "invalid syntax", 1, 9, 1, 9},
      Row{"del", "SyntaxError", "invalid syntax", 1, 4, 1, 4},
      Row{"global", "SyntaxError", "invalid syntax", 1, 7, 1, 7},
      Row{"global x,", "SyntaxError", "invalid syntax", 1, 10, 1, 10},
      Row{"nonlocal 1", "SyntaxError", "invalid syntax", 1, 10, 1, 11},
      Row{"assert", "SyntaxError", "invalid syntax", 1, 7, 1, 7},
      Row{"raise from x", "SyntaxError", "invalid syntax", 1, 7, 1, 11},
      Row{"raise x from", "SyntaxError", "invalid syntax", 1, 13, 1, 13},
      Row{"yield from", "SyntaxError", "invalid syntax", 1, 11, 1, 11},
      Row{"x = yield from", "SyntaxError", "invalid syntax", 1, 15, 1, 15},
      Row{"async = 1", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"await = 1", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"x = 1\x01", "SyntaxError", "invalid non-printable character U+0001", 1, 6, 1, 6},
      Row{"x =   1", "SyntaxError", "invalid non-printable character U+00A0", 1, 5, 1, 5},
      Row{"x = 1 € 2", "SyntaxError", "invalid character '€' (U+20AC)", 1, 7, 1, 7},
      Row{"€ = 1", "SyntaxError", "invalid character '€' (U+20AC)", 1, 1, 1, 1},
      Row{"a€ = 1", "SyntaxError", "invalid character '€' (U+20AC)", 1, 2, 1, 2},
      Row{"été = (1,", "SyntaxError", "'(' was never closed", 1, 7, 1, 0},
      Row{"x = \"é\" +", "SyntaxError", "invalid syntax", 1, 10, 1, 10},
      Row{"\t\tx = (]", "IndentationError", "unexpected indent", 1, 2, 1, -1},
      Row{"if True:\n    x = 1\n  \n    y = 2\n\tz = 3", "TabError", "inconsistent use of tabs and spaces in indentation", 5, 1, 5, 0},
      Row{"if True:\n\tx = 1\n        y = 2", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
      Row{"if True:\n        x = 1\n\ty = 2", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
      Row{"x = (1,\n     2,\n     3 4)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 3, 6, 3, 9},
      Row{"for x in y:\n    pass\nelse\n    pass", "SyntaxError", "expected ':'", 3, 5, 3, 5},
      Row{"def f() -> :\n  pass", "SyntaxError", "expected ':'", 1, 9, 1, 11},
      Row{"def f:\n  pass", "SyntaxError", "expected '('", 1, 6, 1, 7},
      Row{"def (): pass", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
      Row{"class (): pass", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"class A(: pass", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
      Row{"class A(x=): pass", "SyntaxError", "invalid syntax", 1, 11, 1, 12},
      Row{"with (a as b, c as d): pass\nx y", "SyntaxError", "invalid syntax", 2, 3, 2, 4},
      Row{"with (a as b c): pass", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 12, 1, 15},
      Row{"x[1:2, *a] = 3\ny z", "SyntaxError", "invalid syntax", 2, 3, 2, 4},
      Row{"x = \"abc\" \"def\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 11, 1, 11},
      Row{"x = 'a' 'b\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 9, 1, 9},
      Row{"\"\"\"abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 1, 1, 1},
      Row{"x = f\"\"\"abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5},
      Row{"x = rb\"\\x", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
      Row{"x = 1\n\n\n    \n\n  y = 2", "IndentationError", "unexpected indent", 6, 2, 6, -1},
      Row{"def f():\n    \"\"\"doc\"\"\"\n  return 1", "IndentationError", "unindent does not match any outer indentation level", 3, 11, 3, -1},
      Row{"x = [i for i in range(10) if i % 2 == 0 else 0]", "SyntaxError", "invalid syntax", 1, 41, 1, 45},
      Row{"x = [i if i else for i in y]", "SyntaxError", "invalid syntax", 1, 18, 1, 21},
      Row{"print(1, 2, sep=\"\")x", "SyntaxError", "invalid syntax", 1, 20, 1, 21},
      Row{"a = 1\nb = 2\nc = 3 4\n", "SyntaxError", "invalid syntax", 3, 7, 3, 8},
      Row{"[x for x in lambda: y]", "SyntaxError", "invalid syntax", 1, 13, 1, 19},
      Row{"def f()\n    pass", "SyntaxError", "expected ':'", 1, 8, 1, 8},
      Row{"def f():\n    return 1\ndef g()\n    return 2", "SyntaxError", "expected ':'", 3, 8, 3, 8},
      Row{"class A(B)\n    pass", "SyntaxError", "expected ':'", 1, 11, 1, 11},
      Row{"for x in range(3)\n    print(x)", "SyntaxError", "expected ':'", 1, 18, 1, 18},
      Row{"while True\n    pass", "SyntaxError", "expected ':'", 1, 11, 1, 11},
      Row{"if x:\n    pass\nelif y\n    pass", "SyntaxError", "expected ':'", 3, 7, 3, 7},
      Row{"try\n    pass", "SyntaxError", "expected ':'", 1, 4, 1, 4},
      Row{"try:\n    pass\nexcept E as e\n    pass", "SyntaxError", "expected ':'", 3, 14, 3, 14},
      Row{"try:\n    pass\nexcept\n    pass", "SyntaxError", "expected ':'", 3, 7, 3, 7},
      Row{"try:\n    pass\nfinally\n    pass", "SyntaxError", "expected ':'", 3, 8, 3, 8},
      Row{"with open(f) as g\n    pass", "SyntaxError", "expected ':'", 1, 18, 1, 18},
      Row{"with open(f) as g, h\n    pass", "SyntaxError", "expected ':'", 1, 21, 1, 21},
      Row{"if x:\n    y\nelse\n    z", "SyntaxError", "expected ':'", 3, 5, 3, 5},
      Row{"def f():\n    for i in x:\n    print(i)", "IndentationError", "expected an indented block after 'for' statement on line 2", 3, 5, 3, 10},
      Row{"def f():\n    while x:\n    pass", "IndentationError", "expected an indented block after 'while' statement on line 2", 3, 5, 3, 9},
      Row{"def f():\n    try:\n    pass", "IndentationError", "expected an indented block after 'try' statement on line 2", 3, 5, 3, 9},
      Row{"def f():\n    with a:\n    pass", "IndentationError", "expected an indented block after 'with' statement on line 2", 3, 5, 3, 9},
      Row{"class A:\n    def f(self):\n        pass\n    def g(self):\n    pass", "IndentationError", "expected an indented block after function definition on line 4", 5, 5, 5, 9},
      Row{"if x:\n# comment\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 10, 2, -1},
      Row{"def f():\n", "IndentationError", "expected an indented block after function definition on line 1", 1, 9, 1, -1},
      Row{"def f():", "IndentationError", "expected an indented block after function definition on line 1", 1, 9, 1, -1},
      Row{"class A:", "IndentationError", "expected an indented block after class definition on line 1", 1, 9, 1, -1},
      Row{"for x in y:", "IndentationError", "expected an indented block after 'for' statement on line 1", 1, 12, 1, -1},
      Row{"while x:", "IndentationError", "expected an indented block after 'while' statement on line 1", 1, 9, 1, -1},
      Row{"if x:", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6, 1, -1},
      Row{"if x:\n    pass\nelse:", "IndentationError", "expected an indented block after 'else' statement on line 3", 3, 6, 3, -1},
      Row{"try:", "IndentationError", "expected an indented block after 'try' statement on line 1", 1, 5, 1, -1},
      Row{"try:\n    x\nexcept:", "IndentationError", "expected an indented block after 'except' statement on line 3", 3, 8, 3, -1},
      Row{"try:\n    x\nfinally:", "IndentationError", "expected an indented block after 'finally' statement on line 3", 3, 9, 3, -1},
      Row{"with x:", "IndentationError", "expected an indented block after 'with' statement on line 1", 1, 8, 1, -1},
      Row{"if x:\n  pass\n else:\n  pass", "IndentationError", "unindent does not match any outer indentation level", 3, 7, 3, -1},
      Row{"def f():\n\treturn 1\n        return 2", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
      Row{"x = [1, 2, 3", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
      Row{"print(foo(bar)", "SyntaxError", "'(' was never closed", 1, 6, 1, 0},
      Row{"print(\"a\"))", "SyntaxError", "unmatched ')'", 1, 11, 1, 11},
      Row{"print(\"hello world)", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 7, 1, 7},
      Row{"print('hello world)", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 7, 1, 7},
      Row{"print(\"hello\nworld\")", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 7, 1, 7},
      Row{"x = \"abc' + y", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
      Row{"print(“hello”)", "SyntaxError", "invalid character '“' (U+201C)", 1, 7, 1, 7},
      Row{"x = ‘a’", "SyntaxError", "invalid character '‘' (U+2018)", 1, 5, 1, 5},
      Row{"x = 1\ny = [1, 2\nz = 3\n", "SyntaxError", "'[' was never closed", 2, 5, 2, 0},
      Row{"d = {\"a\": 1\n     \"b\": 2}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 11, 2, 9},
      Row{"l = [1\n     2]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 2, 7},
      Row{"f(a\n  b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 2, 4},
      Row{"x = 1 2 3", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"x++", "SyntaxError", "invalid syntax", 1, 4, 1, 4},
      Row{"x--", "SyntaxError", "invalid syntax", 1, 4, 1, 4},
      Row{"x = 1 +* 2", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
      Row{"if x = 1:\n    pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9},
      Row{"while x = 1:\n    pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7, 1, 12},
      Row{"[x for x in y if x = 1]", "SyntaxError", "invalid syntax", 1, 20, 1, 21},
      Row{"if x.y = 1: pass", "SyntaxError", "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7},
      Row{"if x[0] = 1: pass", "SyntaxError", "cannot assign to subscript here. Maybe you meant '==' instead of '='?", 1, 4, 1, 8},
      Row{"if (x = 1): pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 5, 1, 10},
      Row{"assert x = 1", "SyntaxError", "invalid syntax", 1, 10, 1, 11},
      Row{"f(x.y = 1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 8},
      Row{"f(1 = 2)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 6},
      Row{"f(x=1, x)", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10},
      Row{"else if x:\n    pass", "SyntaxError", "invalid syntax", 1, 1, 1, 5},
      Row{"if x: y else: z", "SyntaxError", "invalid syntax", 1, 9, 1, 13},
      Row{"if x:\n    pass\nelse if y:\n    pass", "SyntaxError", "expected ':'", 3, 6, 3, 8},
      Row{"print \"a\" % x", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 14},
      Row{"print x, y", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 11},
      Row{"print x", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8},
      Row{"exec code", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, 1, 10},
      Row{"class = 1", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"def = 2", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
      Row{"import = 3", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
      Row{"if = 1", "SyntaxError", "invalid syntax", 1, 4, 1, 5},
      Row{"x.class", "SyntaxError", "invalid syntax", 1, 3, 1, 8},
      Row{"def None(): pass", "SyntaxError", "invalid syntax", 1, 5, 1, 9},
      Row{"def f(None): pass", "SyntaxError", "invalid syntax", 1, 7, 1, 11},
      Row{"lambda None: 0", "SyntaxError", "invalid syntax", 1, 8, 1, 12},
      Row{"f(None=1)", "SyntaxError", "cannot assign to None", 1, 3, 1, 8},
      Row{"x.True", "SyntaxError", "invalid syntax", 1, 3, 1, 7},
      Row{"for x() in y: pass", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8},
      Row{"for x.y() in z: pass", "SyntaxError", "cannot assign to function call", 1, 5, 1, 10},
      Row{"[x for f() in y]", "SyntaxError", "cannot assign to function call", 1, 8, 1, 11},
      Row{"with a as f(): pass", "SyntaxError", "cannot assign to function call", 1, 11, 1, 14},
      Row{"del f(), x", "SyntaxError", "cannot delete function call", 1, 5, 1, 8},
      Row{"del x + 1", "SyntaxError", "cannot delete expression", 1, 5, 1, 10},
      Row{"del (x, 1)", "SyntaxError", "cannot delete literal", 1, 9, 1, 10},
      Row{"del [x, f()]", "SyntaxError", "cannot delete function call", 1, 9, 1, 12},
      Row{"del *x", "SyntaxError", "cannot delete starred", 1, 5, 1, 7},
      Row{"lambda x", "SyntaxError", "invalid syntax", 1, 9, 1, 9},
      Row{"lambda x:", "SyntaxError", "invalid syntax", 1, 10, 1, 10},
      Row{"lambda: ", "SyntaxError", "invalid syntax", 1, 9, 1, 9},
      Row{"x := 5", "SyntaxError", "invalid syntax", 1, 3, 1, 5},
      Row{"def f(x := 1): pass", "SyntaxError", "invalid syntax", 1, 9, 1, 11},
      Row{"print(*)", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
      Row{"f(**)", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
      Row{"f(*)", "SyntaxError", "invalid syntax", 1, 4, 1, 5},
      Row{"import a.b as", "SyntaxError", "invalid syntax", 1, 14, 1, 14},
      Row{"from . import", "SyntaxError", "invalid syntax", 1, 14, 1, 14},
      Row{"from x import *, y", "SyntaxError", "invalid syntax", 1, 16, 1, 17},
      Row{"from x import (*)", "SyntaxError", "invalid syntax", 1, 16, 1, 17},
      Row{"import a, ", "SyntaxError", "invalid syntax", 1, 11, 1, 11},
      Row{"import (a)", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
      Row{"from x import a as", "SyntaxError", "invalid syntax", 1, 19, 1, 19},
      Row{"ur\"x\"", "SyntaxError", "invalid syntax", 1, 3, 1, 6},
      Row{"bf\"x\"", "SyntaxError", "invalid syntax", 1, 3, 1, 6},
      Row{"fb\"x\"", "SyntaxError", "invalid syntax", 1, 3, 1, 6},
      Row{"bu\"x\"", "SyntaxError", "invalid syntax", 1, 3, 1, 6},
      Row{"x = 5 5", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"return x if y", "SyntaxError", "expected 'else' after 'if' expression", 1, 8, 1, 14},
      Row{"x = a if b", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11},
      Row{"x = a if b else", "SyntaxError", "invalid syntax", 1, 16, 1, 16},
      Row{"[x if y for x in z]", "SyntaxError", "expected 'else' after 'if' expression", 1, 2, 1, 8},
      Row{"x = [for x in y]", "SyntaxError", "invalid syntax", 1, 6, 1, 9},
      Row{"x = (for x in y)", "SyntaxError", "invalid syntax", 1, 6, 1, 9},
      Row{"x = {1: 2, 3}", "SyntaxError", "':' expected after dictionary key", 1, 12, 1, 0},
      Row{"x = {1, 2: 3}", "SyntaxError", "invalid syntax", 1, 10, 1, 11},
      Row{"x = {**a: 1}", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
      Row{"x = {a: **b}", "SyntaxError", "invalid syntax", 1, 9, 1, 11},
      Row{"{a: b for a in c for}", "SyntaxError", "invalid syntax", 1, 21, 1, 22},
      Row{"f(a for a in b for)", "SyntaxError", "invalid syntax", 1, 19, 1, 20},
      Row{"f(a for a in b if)", "SyntaxError", "invalid syntax", 1, 18, 1, 19},
      Row{"x = yield x = 1", "SyntaxError", "assignment to yield expression not possible", 1, 5, 1, 12},
      Row{"x = [yield]", "SyntaxError", "invalid syntax", 1, 6, 1, 11},
      Row{"a, b += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5},
      Row{"(yield) = 1", "SyntaxError", "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2, 1, 7},
      Row{"x = 1 = 2", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
      Row{"f(x) = y = 3", "SyntaxError", "cannot assign to function call", 1, 1, 1, 5},
      Row{"a = b = f() = 3", "SyntaxError", "cannot assign to function call", 1, 9, 1, 12},
      Row{"a + b += 1", "SyntaxError", "'expression' is an illegal expression for augmented assignment", 1, 1, 1, 6},
      Row{"a() += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4},
      Row{"\"abc\" = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6},
      Row{"f\"{x}\" = 1", "SyntaxError", "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 7},
      Row{"{} = 1", "SyntaxError", "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 3},
      Row{"{a: b} = 1", "SyntaxError", "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 7},
      Row{"{a} = 1", "SyntaxError", "cannot assign to set display here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
      Row{"[x for x in y] = 1", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1, 1, 15},
      Row{"(x for x in y) = 1", "SyntaxError", "cannot assign to generator expression", 1, 1, 1, 15},
      Row{"x if y else z = 1", "SyntaxError", "cannot assign to conditional expression", 1, 1, 1, 14},
      Row{"lambda: x = 1", "SyntaxError", "cannot assign to lambda", 1, 1, 1, 10},
      Row{"not x = 1", "SyntaxError", "cannot assign to expression", 1, 1, 1, 6},
      Row{"a and b = 1", "SyntaxError", "cannot assign to expression", 1, 1, 1, 8},
      Row{"a < b = 1", "SyntaxError", "cannot assign to comparison", 1, 1, 1, 6},
      Row{"-a = 1", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 3},
      Row{"a.b.c = 1\nf() = 2", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 2, 1, 2, 4},
      Row{"... = 1", "SyntaxError", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
      Row{"None: int = 1", "SyntaxError", "illegal target for annotation", 1, 1, 1, 5},
      Row{"f(): int", "SyntaxError", "illegal target for annotation", 1, 1, 1, 4},
      Row{"x: int: str", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"x: = 1", "SyntaxError", "invalid syntax", 1, 4, 1, 5},
      Row{"x: int = ", "SyntaxError", "invalid syntax", 1, 10, 1, 10},
      Row{"def f(a=1, /, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 15, 1, 16},
      Row{"def f(a, *args, b=1, *c): pass", "SyntaxError", "* argument may appear only once", 1, 22, 1, 23},
      Row{"def f(a, **kw, b=1): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 16, 1, 17},
      Row{"def f(a, b) -> int\n    pass", "SyntaxError", "expected ':'", 1, 19, 1, 19},
      Row{"def f(*, *a): pass", "SyntaxError", "* argument may appear only once", 1, 10, 1, 11},
      Row{"def f(a, /, /): pass", "SyntaxError", "/ may appear only once", 1, 13, 1, 14},
      Row{"def f(/): pass", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"def f(a, *): pass", "SyntaxError", "named arguments must follow bare *", 1, 10, 1, 11},
      Row{"def f(a, *, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 10, 1, 11},
      Row{"def f(**k, **j): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 14},
      Row{"def f(a=1, b=2, c): pass", "SyntaxError", "non-default argument follows default argument", 1, 17, 1, 18},
      Row{"def f(x, y=1, z): pass", "SyntaxError", "non-default argument follows default argument", 1, 15, 1, 16},
      Row{"lambda a=1, b: 0", "SyntaxError", "non-default argument follows default argument", 1, 13, 1, 14},
      Row{"lambda *a=1: 0", "SyntaxError", "var-positional argument cannot have default value", 1, 10, 1, 11},
      Row{"lambda **a=1: 0", "SyntaxError", "var-keyword argument cannot have default value", 1, 11, 1, 12},
      Row{"lambda *, **k: 0", "SyntaxError", "named arguments must follow bare *", 1, 11, 1, 13},
      Row{"lambda **k, a: 0", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 13, 1, 14},
      Row{"lambda a, /, /: 0", "SyntaxError", "/ may appear only once", 1, 14, 1, 15},
      Row{"lambda /: 0", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
      Row{"class A(x for x in y): pass", "SyntaxError", "invalid syntax", 1, 11, 1, 14},
      Row{"class A(x=1, y): pass", "SyntaxError", "positional argument follows keyword argument", 1, 15, 1, 16},
      Row{"class A: pass pass", "SyntaxError", "invalid syntax", 1, 15, 1, 19},
      Row{"class 1A: pass", "SyntaxError", "invalid decimal literal", 1, 7, 1, 7},
      Row{"def 1f(): pass", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5},
      Row{"x = 1_", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
      Row{"x = 0b", "SyntaxError", "invalid binary literal", 1, 6, 1, 6},
      Row{"x = 0x_", "SyntaxError", "invalid hexadecimal literal", 1, 7, 1, 7},
      Row{"x = 1e", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5},
      Row{"x = 1.2e", "SyntaxError", "invalid decimal literal", 1, 7, 1, 7},
      Row{"x = 1.2j3", "SyntaxError", "invalid imaginary literal", 1, 8, 1, 8},
      Row{"x = 09", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6},
      Row{"x = 0_7", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 7},
      Row{"x = 1__2", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
      Row{"x = .e1", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
      Row{"x = 1 if True else 2else 3", "SyntaxError", "invalid syntax", 1, 21, 1, 25},
      Row{"x = 0xfor", "SyntaxError", "invalid syntax", 1, 10, 1, 10},
      Row{"x = '\\'", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
      Row{"x = \"\"\"abc\ndef\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5},
      Row{"x = 1\ny = \"\"\"abc\ndef", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 2, 5, 2, 5},
      Row{"s = 'abc\\\ndef", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 5, 1, 5},
      Row{"x = (\n  1,\n  2\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
      Row{"x = {\n", "SyntaxError", "'{' was never closed", 1, 5, 1, 0},
      Row{"x = [\n  1,\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
      Row{"if (a and\n    b:\n    pass", "SyntaxError", "'(' was never closed", 1, 4, 1, 0},
      Row{"def f(\n    a,\n    b\n:\n    pass", "SyntaxError", "'(' was never closed", 1, 6, 1, 0},
      Row{"print(\"a\",\n      \"b\"\nprint(\"c\")", "SyntaxError", "'(' was never closed", 1, 6, 1, 0},
      Row{"x = (1,\n     2))", "SyntaxError", "unmatched ')'", 2, 8, 2, 8},
      Row{"foo(1, 2]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 9, 1, 9},
      Row{"foo[1, 2)", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['", 1, 9, 1, 9},
      Row{"{1, 2]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '{'", 1, 6, 1, 6},
      Row{"x = 1\n  )", "IndentationError", "unexpected indent", 2, 2, 2, -1},
      Row{")", "SyntaxError", "unmatched ')'", 1, 1, 1, 1},
      Row{"]", "SyntaxError", "unmatched ']'", 1, 1, 1, 1},
      Row{"}", "SyntaxError", "unmatched '}'", 1, 1, 1, 1},
      Row{"x = }", "SyntaxError", "unmatched '}'", 1, 5, 1, 5},
      Row{"x = 1 # comment\n    y = 2", "IndentationError", "unexpected indent", 2, 4, 2, -1},
      Row{"if True:\n    x = 1\n    \n  y = 2", "IndentationError", "unindent does not match any outer indentation level", 4, 8, 4, -1},
      Row{"if True:\n        x = 1\n    y = 2", "IndentationError", "unindent does not match any outer indentation level", 3, 10, 3, -1},
      Row{"for i in range(10):\n    pass\n  print(i)", "IndentationError", "unindent does not match any outer indentation level", 3, 11, 3, -1},
      Row{"x = 1\n\tif x:\n\t\tpass", "IndentationError", "unexpected indent", 2, 1, 2, -1},
      Row{"def f():\n  x = 1\n    y = 2", "IndentationError", "unexpected indent", 3, 4, 3, -1},
      Row{"if x:\n    a = 1\n        b = 2", "IndentationError", "unexpected indent", 3, 8, 3, -1},
      Row{"pass\n  pass", "IndentationError", "unexpected indent", 2, 2, 2, -1},
      Row{"x\n  = 1", "IndentationError", "unexpected indent", 2, 2, 2, -1},
      Row{"x = [\n1,\n  2\n]\n  y = 3", "IndentationError", "unexpected indent", 5, 2, 5, -1},
      Row{"if a:\n  b\n c", "IndentationError", "unindent does not match any outer indentation level", 3, 3, 3, -1},
      Row{"def f():\n    await x", "SyntaxError", "'await' outside async function", 2, 5, 2, 12},
      Row{"x = a !b", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"x = a ! b", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"x = a!", "SyntaxError", "invalid syntax", 1, 6, 1, 7},
      Row{"x = @", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
      Row{"x = a @", "SyntaxError", "invalid syntax", 1, 8, 1, 8},
      Row{"@", "SyntaxError", "invalid syntax", 1, 2, 1, 2},
      Row{"@\ndef f(): pass", "SyntaxError", "invalid syntax", 1, 2, 1, 2},
      Row{"@x\n", "SyntaxError", "invalid syntax", 1, 0, 1, 0},
      Row{"@x\ny = 1", "SyntaxError", "invalid syntax", 2, 1, 2, 2},
      Row{"@x y\ndef f(): pass", "SyntaxError", "invalid syntax", 1, 4, 1, 5},
      Row{"@x = 1\ndef f(): pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 2, 1, 7},
      Row{"def f():\n    \"\"\"doc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 2, 5, 2, 5},
      Row{"f(**a, b=1, *c)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 13, 1, 14},
      Row{"f(a, **b, *c)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 11, 1, 12},
      Row{"f(b=1, **a, c)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 14, 1, 15},
      Row{"f(x for x in y, )", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15},
      Row{"f(a, x for x in y)", "SyntaxError", "Generator expression must be parenthesized", 1, 6, 1, 18},
      Row{"f(x for x in y, a)", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15},
      Row{"x = [1, 2, 3,,]", "SyntaxError", "invalid syntax", 1, 14, 1, 15},
      Row{"x = (,)", "SyntaxError", "invalid syntax", 1, 6, 1, 7},
      Row{"x = [,]", "SyntaxError", "invalid syntax", 1, 6, 1, 7},
      Row{"f(,)", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
      Row{"f(a,,b)", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
      Row{"x = 1,,2", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"a[]", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
      Row{"a[1:2:3:4]", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
      Row{"a.", "SyntaxError", "invalid syntax", 1, 3, 1, 3},
      Row{"a..b", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
      Row{"a.1", "SyntaxError", "invalid syntax", 1, 2, 1, 4},
      Row{"a.None", "SyntaxError", "invalid syntax", 1, 3, 1, 7},
      Row{"1.a", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
      Row{"1.e", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
      Row{"global 1", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
      Row{"nonlocal", "SyntaxError", "invalid syntax", 1, 9, 1, 9},
      Row{"global a b", "SyntaxError", "invalid syntax", 1, 10, 1, 11},
      Row{"raise a b", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
      Row{"raise from", "SyntaxError", "invalid syntax", 1, 7, 1, 11},
      Row{"raise X from Y from Z", "SyntaxError", "invalid syntax", 1, 16, 1, 20},
      Row{"assert x,", "SyntaxError", "invalid syntax", 1, 10, 1, 10},
      Row{"assert x, y, z", "SyntaxError", "invalid syntax", 1, 12, 1, 13},
      Row{"del x,, y", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"return 1 2", "SyntaxError", "invalid syntax", 1, 10, 1, 11},
      Row{"yield 1 2", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
      Row{"import a b", "SyntaxError", "invalid syntax", 1, 10, 1, 11},
      Row{"from a import b c", "SyntaxError", "invalid syntax", 1, 17, 1, 18},
      Row{"from a b import c", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
      Row{"from a import (b c)", "SyntaxError", "invalid syntax", 1, 18, 1, 19},
      Row{"break 1", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"continue x", "SyntaxError", "invalid syntax", 1, 10, 1, 11},
      Row{"pass 1", "SyntaxError", "invalid syntax", 1, 6, 1, 7},
      Row{"for x in : pass", "SyntaxError", "invalid syntax", 1, 10, 1, 11},
      Row{"for in y: pass", "SyntaxError", "invalid syntax", 1, 5, 1, 7},
      Row{"for x y in z: pass", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"for x in y z: pass", "SyntaxError", "invalid syntax", 1, 12, 1, 13},
      Row{"for x, in y: pass\nfor : pass", "SyntaxError", "invalid syntax", 2, 5, 2, 6},
      Row{"while : pass", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"if : pass", "SyntaxError", "invalid syntax", 1, 4, 1, 5},
      Row{"elif x: pass", "SyntaxError", "invalid syntax", 1, 1, 1, 5},
      Row{"else: pass", "SyntaxError", "invalid syntax", 1, 1, 1, 5},
      Row{"try: pass", "SyntaxError", "expected 'except' or 'finally' block", 1, 10, 1, -1},
      Row{"except E: pass", "SyntaxError", "invalid syntax", 1, 1, 1, 7},
      Row{"finally: pass", "SyntaxError", "invalid syntax", 1, 1, 1, 8},
      Row{"try:\n    pass\nelse:\n    pass", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 5},
      Row{"with : pass", "SyntaxError", "invalid syntax", 1, 6, 1, 7},
      Row{"with a as : pass", "SyntaxError", "invalid syntax", 1, 11, 1, 12},
      Row{"with a as b c: pass", "SyntaxError", "invalid syntax", 1, 13, 1, 14},
      Row{"with a b: pass", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
      Row{"with (a, b c): pass", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 10, 1, 13},
      Row{"with (a as b, c d): pass", "SyntaxError", "invalid syntax", 1, 17, 1, 18},
      Row{"class A(: pass", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
      Row{"class A(B: pass", "SyntaxError", "invalid syntax", 1, 10, 1, 11},
      Row{"class A(B)): pass", "SyntaxError", "unmatched ')'", 1, 11, 1, 11},
      Row{"def f(: pass", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"def f(a: pass", "SyntaxError", "invalid syntax", 1, 10, 1, 14},
      Row{"def f(a)): pass", "SyntaxError", "unmatched ')'", 1, 9, 1, 9},
      Row{"def f(a b c): pass", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
      Row{"def f(a, b, c d): pass", "SyntaxError", "invalid syntax", 1, 15, 1, 16},
      Row{"def f(a=1 b=2): pass", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12},
      Row{"x = lambda a b: 0", "SyntaxError", "invalid syntax", 1, 14, 1, 15},
      Row{"x = lambda (a, b): 0", "SyntaxError", "Lambda expression parameters cannot be parenthesized", 1, 12, 1, 18},
      Row{"x = lambda a, (b, c): 0", "SyntaxError", "Lambda expression parameters cannot be parenthesized", 1, 15, 1, 21},
      Row{"def f(a, (b, c)): pass", "SyntaxError", "Function parameters cannot be parenthesized", 1, 10, 1, 16},
      Row{"x = a b c d", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
      Row{"x = f(a)(b c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 10, 1, 13},
      Row{"x = a[b c]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 10},
      Row{"x = {a b}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9},
      Row{"x = {a: b c: d}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12},
      Row{"x = {a: b, c d}", "SyntaxError", "':' expected after dictionary key", 1, 12, 1, 0},
      Row{"x = (a, b c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12},
      Row{"x = [a, b c]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12},
      Row{"x = (a b, c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9},
      Row{"print(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 10},
      Row{"print(a \"b\")", "SyntaxError", "invalid syntax", 1, 9, 1, 12},
      Row{"print(\"a\" b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 12},
      Row{"print(1 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 10},
      Row{"print(a.b c.d)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 14},
      Row{"print(f(x) g(y))", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 16},
      Row{"print(x[0] y[1])", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 16},
      Row{"print(-a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 11},
      Row{"print(a -b c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 13},
      Row{"print(not a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 14},
      Row{"print(a if b else c d)", "SyntaxError", "invalid syntax", 1, 21, 1, 22},
      Row{"print(lambda: a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 15, 1, 18},
      Row{"print(a, b c, d)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 10, 1, 13},
      Row{"x = [i for i in range(10) if i % 2 == 0 if]", "SyntaxError", "invalid syntax", 1, 43, 1, 44},
      Row{"x = [i for i in range(10) for]", "SyntaxError", "invalid syntax", 1, 30, 1, 31},
      Row{"x = [i for i in]", "SyntaxError", "invalid syntax", 1, 16, 1, 17},
      Row{"x = [i for in range(10)]", "SyntaxError", "invalid syntax", 1, 12, 1, 14},
      Row{"x = [for i in range(10)]", "SyntaxError", "invalid syntax", 1, 6, 1, 9},
      Row{"x = [i, j for i in a]", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 6, 1, 10},
      Row{"x = [*a for a in b]", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 6, 1, 8},
      Row{"x = {**a for a in b}", "SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 6, 1, 8},
      Row{"x = {*a for a in b}", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 6, 1, 8},
      Row{"x = (*a for a in b)", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 6, 1, 8},
      Row{"f(*a for a in b)", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 3, 1, 5},
      Row{"x = [i for i in a if b else c]", "SyntaxError", "invalid syntax", 1, 24, 1, 28},
      Row{"x = 1 if 2", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11},
      Row{"x = 1 if 2 else", "SyntaxError", "invalid syntax", 1, 16, 1, 16},
      Row{"x = if 1 else 2", "SyntaxError", "invalid syntax", 1, 5, 1, 7},
      Row{"x = 1 else 2", "SyntaxError", "invalid syntax", 1, 7, 1, 11},
      Row{"def f():\n    yield = 1", "SyntaxError", "assignment to yield expression not possible", 2, 5, 2, 10},
      Row{"def f():\n    x = yield = 1", "SyntaxError", "assignment to yield expression not possible", 2, 9, 2, 14},
      Row{"yield = 1", "SyntaxError", "assignment to yield expression not possible", 1, 1, 1, 6},
      Row{"x = yield from", "SyntaxError", "invalid syntax", 1, 15, 1, 15},
      Row{"x = (yield from)", "SyntaxError", "invalid syntax", 1, 16, 1, 17},
      Row{"x = yield from a, b", "SyntaxError", "invalid syntax", 1, 17, 1, 18},
      Row{"f\"{x!r=}\"", "SyntaxError", "f-string: expecting '}'", 1, 10, 1, 10},
      Row{"f\"{x=!r=}\"", "SyntaxError", "f-string: expecting '}'", 1, 11, 1, 11},
      Row{"f\"{lambda x: 1}\"", "SyntaxError", "f-string: invalid syntax", 1, 10, 1, 11},
      Row{"f\"{yield}\" = 1", "SyntaxError", "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 11},
      Row{"f\"{x!}\"", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8, 1, 8},
      Row{"f\"{x!rr}\"", "SyntaxError", "f-string: expecting '}'", 1, 10, 1, 10},
      Row{"f\"{\"", "SyntaxError", "f-string: expecting '}'", 1, 5, 1, 5},
      Row{"f\"}\"", "SyntaxError", "f-string: single '}' is not allowed", 1, 5, 1, 5},
      Row{"f\"{}}\"", "SyntaxError", "f-string: empty expression not allowed", 1, 7, 1, 7},
      Row{"f\"{x:{y:{z:{w}}}}\"", "SyntaxError", "f-string: expressions nested too deeply", 1, 19, 1, 19},
      Row{"f\"{a[}\"", "SyntaxError", "f-string: closing parenthesis '}' does not match opening parenthesis '['", 1, 8, 1, 8},
      Row{"f\"{a]}\"", "SyntaxError", "f-string: unmatched ']'", 1, 8, 1, 8},
      Row{"f\"{a(}\"", "SyntaxError", "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 8, 1, 8},
      Row{"f\"{a)}\"", "SyntaxError", "f-string: unmatched ')'", 1, 8, 1, 8},
      Row{"f\"{*x}\"", "SyntaxError", "f-string: cannot use starred expression here", 1, 2, 1, 4},
      Row{"f\"{**x}\"", "SyntaxError", "f-string: cannot use double starred expression here", 1, 2, 1, 4},
      Row{"f\"{1abc}\"", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
      Row{"f\"{x $ y}\"", "SyntaxError", "f-string: invalid syntax", 1, 4, 1, 5},
      Row{"f\"{x:{1abc}}\"", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
      Row{"x = f\"abc {x\"", "SyntaxError", "f-string: expecting '}'", 1, 14, 1, 14},
      Row{"x = f\"abc {x!z} {\"", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 19, 1, 19},
      Row{"print(f\"{a b} {c d}\")", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
      Row{"print(f\"{x}\" f\"{y z}\")", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
      Row{"x = f\"{a}\" f\"{b c}\" \"d\"", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
      Row{"x = 1\nprint(f\"\"\"\n{a b}\n\"\"\")", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 3, 2, 3, 5},
      Row{"x = f'''\n{a\nb}\n'''", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 2, 2, 3, 2},
      Row{"b\"\\u1234\" \"x\"", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 14, 1, 14},
      Row{"x = b\"é\"", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 5, 1, 9},
      Row{"x = \"\\x\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 9, 1, 9},
      Row{"x = \"\\x1\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 1, 10},
      Row{"x = \"\\u\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\uXXXX escape", 1, 9, 1, 9},
      Row{"x = \"\\U1234\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \\UXXXXXXXX escape", 1, 13, 1, 13},
      Row{"x = \"\\U00110000\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 17, 1, 17},
      Row{"x = \"\\N\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 9, 1, 9},
      Row{"x = \"\\N{\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", 1, 10, 1, 10},
      Row{"x = b\"\\x\"", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 10, 1, 10},
      Row{"x = b\"\\x1g\"", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 12, 1, 12},
      Row{"x = u\"\\x\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 10, 1, 10},
      Row{"x = f\"\\x\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 10, 1, 10},
      Row{"x = f\"{x}\\x\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 13, 1, 13},
      Row{"x = \"a\" \"\\x\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 13, 1, 13},
      Row{"s = f\"{lambda: 1}\"", "SyntaxError", "f-string: invalid syntax", 1, 8, 1, 9},
      Row{"d = {\"a\": 1, \"b\" 2}", "SyntaxError", "':' expected after dictionary key", 1, 16, 1, 0},
      Row{"d = {\"a\": 1, \"b\"}", "SyntaxError", "':' expected after dictionary key", 1, 16, 1, 0},
      Row{"d = {\"a\" 1}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 11},
      Row{"x, y z = 1, 2", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 6, 1, 11},
      Row{"a = b == c = d", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 1, 1, 6},
      Row{"print foo(a b)", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10},
      Row{"print \"x\" % (a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 14, 1, 17},
      Row{"print x, (a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 11, 1, 14},
      Row{"print - 1\nx = [1 2]", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10},
      Row{"foo \"a\" b\"b\"", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13},
      Row{"x = [é for é in ü]\nif (a and\n  True      b):\n    pass", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 2, 5, 3, 10},
      Row{"if (a and\n    b c):\n    pass", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5, 2, 8},
      Row{"with (open(x) as f,\n      open(y) as g,)\n    pass", "SyntaxError", "expected ':'", 2, 21, 2, 21},
      Row{"def f(a, b=1, /, c=2, d): pass", "SyntaxError", "invalid syntax", 1, 24, 1, 25},
      Row{"def f(a=1, b=2, c): pass", "SyntaxError", "non-default argument follows default argument", 1, 17, 1, 18},
      Row{"def f(a=1, /, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 15, 1, 16},
      Row{"lambda *a, *+b: 0", "SyntaxError", "invalid syntax", 1, 12, 1, 13},
      Row{"f\"{=x}\"", "SyntaxError", "f-string: expression required before '='", 1, 8, 1, 8},
      Row{"f\"{:x}\"", "SyntaxError", "f-string: expression required before ':'", 1, 8, 1, 8},
      Row{"f\"{!r}\"", "SyntaxError", "f-string: expression required before '!'", 1, 8, 1, 8},
      Row{"x = 1forx", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5},
      Row{"del 1", "SyntaxError", "cannot delete literal", 1, 5, 1, 6},
      Row{"del *x", "SyntaxError", "cannot delete starred", 1, 5, 1, 7},
      Row{"del f(), x", "SyntaxError", "cannot delete function call", 1, 5, 1, 8},
      Row{"for 1 in x: pass", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
      Row{"for -x in y: pass", "SyntaxError", "cannot assign to expression", 1, 5, 1, 7},
      Row{"x = a if b", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11},
      Row{"x = a if b else", "SyntaxError", "invalid syntax", 1, 16, 1, 16},
      Row{"y = (1, 2 3)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12},
      Row{"a, *b c = d", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7, 1, 12},
      Row{"x = (a, b, [c, d] = e", "SyntaxError", "invalid syntax", 1, 19, 1, 20},
      Row{"print(a if b else c d)", "SyntaxError", "invalid syntax", 1, 21, 1, 22},
      Row{"x = [1, 2\ny = 3\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
      Row{"def f(x):\n    return x +\n", "SyntaxError", "invalid syntax", 2, 15, 2, 15},
      Row{"def f(x):\n    if x\n        return 1\n", "SyntaxError", "expected ':'", 2, 9, 2, 9},
      Row{"while True\n    break", "SyntaxError", "expected ':'", 1, 11, 1, 11},
      Row{"class C\n    pass", "SyntaxError", "expected ':'", 1, 8, 1, 8},
      Row{"for i in range(10)\n    print(i)", "SyntaxError", "expected ':'", 1, 19, 1, 19},
      Row{"if x == 1:\nprint(x)", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 6},
      Row{"def f():\nreturn 1", "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 2, 7},
      Row{"x = \"hello\nprint(x)", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
      Row{"x = 'hello\nprint(x)", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
      Row{"print(\"hello)", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 7, 1, 7},
      Row{"x = (1 + 2", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
      Row{"x = [1, 2, 3", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
      Row{"print(len([1, 2, 3))", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['", 1, 19, 1, 19},
      Row{"print(len([1, 2, 3)]", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['", 1, 19, 1, 19},
      Row{"if x = 5:\n    pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9},
      Row{"while x = 5:\n    pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7, 1, 12},
      Row{"x == 5 = y", "SyntaxError", "cannot assign to comparison", 1, 1, 1, 7},
      Row{"else:\n    pass", "SyntaxError", "invalid syntax", 1, 1, 1, 5},
      Row{"def f(x)\n    return x", "SyntaxError", "expected ':'", 1, 9, 1, 9},
      Row{"def f(x):\n    return x\n  print(f(1))", "IndentationError", "unindent does not match any outer indentation level", 3, 14, 3, -1},
      Row{"import", "SyntaxError", "invalid syntax", 1, 7, 1, 7},
      Row{"from math import", "SyntaxError", "invalid syntax", 1, 17, 1, 17},
      Row{"x = 5\n    y = 6", "IndentationError", "unexpected indent", 2, 4, 2, -1},
      Row{"for x in range(3):\n    print(x)\n  print(\"done\")", "IndentationError", "unindent does not match any outer indentation level", 3, 16, 3, -1},
      Row{"yield x = 1", "SyntaxError", "assignment to yield expression not possible", 1, 1, 1, 8},
      Row{"def g():\n    x = yield y = 1", "SyntaxError", "assignment to yield expression not possible", 2, 9, 2, 16},
      Row{"def g():\n    yield from", "SyntaxError", "invalid syntax", 2, 15, 2, 15},
      Row{"print(f\"{x!}\")", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 14, 1, 15},
      Row{"print(f\"{x\")", "SyntaxError", "f-string: expecting '}'", 1, 12, 1, 13},
      Row{"print(f\"{}\")", "SyntaxError", "f-string: empty expression not allowed", 1, 12, 1, 13},
      Row{"print(f\"{x:{y}\")", "SyntaxError", "f-string: expecting '}'", 1, 16, 1, 17},
      Row{"print(f\"{x!r:{y}\")", "SyntaxError", "f-string: expecting '}'", 1, 18, 1, 19},
      Row{"def f(a, /, b=1, c): pass", "SyntaxError", "invalid syntax", 1, 19, 1, 20},
      Row{"def f(a=1, /, b=2, c): pass", "SyntaxError", "invalid syntax", 1, 21, 1, 22},
      Row{"def f(a, b=1, c, d): pass", "SyntaxError", "non-default argument follows default argument", 1, 15, 1, 16},
      Row{"lambda a, /, b=1, c: 0", "SyntaxError", "invalid syntax", 1, 20, 1, 21},
  }));
  CAPTURE(src);
  SyntaxErrorInfo err;
  NodeP m = parse_module(src, &err);
  REQUIRE_FALSE(m);
  CHECK(err.type == type);
  CHECK(err.message == msg);
  CHECK(err.line == line);
  CHECK(err.col == col);
  CHECK(err.end_line == end_line);
  CHECK(err.end_col == end_col);
}

TEST_CASE("parser: error text is the offending source line", "[parser]") {
  SyntaxErrorInfo err;
  REQUIRE_FALSE(parse_module("x = 1\ny = (1 2)\nz = 3\n", &err));
  CHECK(err.message == "invalid syntax. Perhaps you forgot a comma?");
  CHECK(err.line == 2);
  CHECK(err.text == "y = (1 2)");
  REQUIRE_FALSE(parse_module("if x:\npass\n", &err));
  CHECK(err.type == "IndentationError");
  CHECK(err.text == "pass");
}

TEST_CASE("parser: deep nesting gives a SyntaxError, never a crash", "[parser]") {
  SyntaxErrorInfo err;
  auto fails_cleanly = [&](const std::string& src) {
    NodeP m = parse_module(src, &err);
    return !m && err.type == "SyntaxError" && !err.message.empty();
  };
  CHECK(fails_cleanly("x = " + std::string(300, '(') + "1" + std::string(300, ')')));
  CHECK(err.message == "too many nested parentheses");
  CHECK(fails_cleanly("x = " + std::string(100000, '[')));
  CHECK(fails_cleanly("x = " + std::string(100000, '-') + "1"));
  CHECK(fails_cleanly("x = " + std::string(100000, '~') + "1"));
  std::string nots;
  for (int i = 0; i < 50000; i++) nots += "not ";
  CHECK(fails_cleanly("x = " + nots + "y"));
  std::string lambdas;
  for (int i = 0; i < 50000; i++) lambdas += "lambda: ";
  CHECK(fails_cleanly("x = " + lambdas + "0"));
  std::string ifs = "x = 0";
  for (int i = 0; i < 50000; i++) ifs += " if a else 0";
  CHECK(fails_cleanly(ifs));
  std::string pows = "x = 2";
  for (int i = 0; i < 50000; i++) pows += "**2";
  CHECK(fails_cleanly(pows));
  std::string fs = "x = ";
  for (int i = 0; i < 2000; i++) fs += "f'{";
  CHECK_FALSE(parse_module(fs, &err));
  // 100 levels of indentation is CPython's limit too
  std::string deep;
  for (int i = 0; i < 120; i++) deep += std::string((size_t)i, ' ') + "if x:\n";
  deep += std::string(120, ' ') + "pass\n";
  REQUIRE_FALSE(parse_module(deep, &err));
  CHECK(err.type == "IndentationError");
  CHECK(err.message == "too many levels of indentation");
  // moderately deep but legal input still parses
  CHECK(parse_module("x = " + std::string(150, '(') + "1" + std::string(150, ')'), &err));
  CHECK(parse_module("x = " + std::string(500, '-') + "1", &err));
  std::string chain = "x = a";
  for (int i = 0; i < 900; i++) chain += " + a";
  CHECK(parse_module(chain, &err));
  for (int i = 0; i < 20000; i++) chain += " + a";
  CHECK(fails_cleanly(chain));
  CHECK(err.message == "maximum recursion depth exceeded during compilation");
  CHECK(fails_cleanly("x = a" + std::string(50000, '.') ));
  std::string attrs = "x = a";
  for (int i = 0; i < 50000; i++) attrs += ".b";
  CHECK(fails_cleanly(attrs));
  std::string calls = "x = f";
  for (int i = 0; i < 50000; i++) calls += "()";
  CHECK(fails_cleanly(calls));
  std::string elifs = "if a: pass\n";
  for (int i = 0; i < 5000; i++) elifs += "elif a: pass\n";
  CHECK(fails_cleanly(elifs));
}

TEST_CASE("parser: error checks stay fast on nested input", "[parser]") {
  // The second pass re-parses speculatively; nested input must not make
  // that exponential (CPython memoises; we try each position once).
  SyntaxErrorInfo err;
  std::string s = "x = ";
  for (int i = 0; i < 199; i++) s += "a + [";
  s += "1";
  for (int i = 0; i < 199; i++) s += "]";
  s += " +";
  CHECK_FALSE(parse_module(s, &err));
  CHECK(err.message == "invalid syntax");
  std::string many;
  for (int i = 0; i < 20000; i++) many += "x = f(a, b[1:2], {c: d})\n";
  many += "print many\n";
  CHECK_FALSE(parse_module(many, &err));
  CHECK(err.message == "Missing parentheses in call to 'print'. Did you mean print(...)?");
  CHECK(err.line == 20001);
}

TEST_CASE("parser: random mutations never crash", "[parser]") {
  const std::string seed_src =
      "def gen(n, *a, k=1, **kw):\n"
      "    \"\"\"doc\"\"\"\n"
      "    for i in range(n):\n"
      "        if i % 2 == 0 and not k:\n"
      "            yield i ** 2\n"
      "        elif i in (1, 2, 3):\n"
      "            x = yield from other(i)\n"
      "        else:\n"
      "            continue\n"
      "    try:\n"
      "        d = {a: b for a, b in kw.items() if a}\n"
      "    except (KeyError, ValueError) as e:\n"
      "        raise RuntimeError(f'bad {e!r:>{k}}') from e\n"
      "    finally:\n"
      "        print([x for x in a], *a, sep='', **kw)\n"
      "class C(Base, metaclass=M):\n"
      "    @property\n"
      "    def v(self) -> int: return self._v[1:2, ::3]\n"
      "with open(p) as f, g as (h, i): s = b'\\x00' + 0x_ff\n"
      "lambda q, /, r=2: (w := q + r)\n";
  std::mt19937 rng(12345);
  const std::string alphabet = "()[]{}:;,.=+-*/%<>!@'\"\\#\n\t fxy01_ifelseforinnotlambdayield";
  SyntaxErrorInfo err;
  CHECK(parse_module(seed_src, &err));
  for (int iter = 0; iter < 3000; iter++) {
    std::string s = seed_src;
    int edits = 1 + (int)(rng() % 4);
    for (int e = 0; e < edits; e++) {
      size_t pos = rng() % (s.size() + 1);
      switch (rng() % 3) {
        case 0: if (pos < s.size()) s.erase(pos, 1 + rng() % 3); break;
        case 1: s.insert(pos, 1, alphabet[rng() % alphabet.size()]); break;
        default: if (pos < s.size()) s[pos] = alphabet[rng() % alphabet.size()]; break;
      }
    }
    NodeP m = parse_module(s, &err);
    if (!m) {
      CAPTURE(s);
      CHECK(!err.message.empty());
      CHECK(err.line >= 0);
    }
    parse_expression(s, &err);
  }
}
