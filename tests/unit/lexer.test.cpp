// Tokenizer tests: token streams, INDENT/DEDENT, positions, numbers,
// strings and escapes, f-string parts, tokenizer errors.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>

#include "lexer.h"
#include "parser.h"

using namespace yl;

namespace {

// Renders a token stream compactly: NAME/OP/NUMBER/STRING as their text,
// the rest as NL, IN, DE, END.
std::string render(const std::string& src) {
  LexOutput out = tokenize(src);
  std::string s;
  for (auto& t : out.tokens) {
    if (!s.empty()) s += ' ';
    switch (t.type) {
      case Tok::Newline: s += "NL"; break;
      case Tok::Indent: s += "IN"; break;
      case Tok::Dedent: s += "DE"; break;
      case Tok::End: s += "END"; break;
      default: s += t.text; break;
    }
  }
  if (out.error) s += " !" + out.err.message;
  return s;
}

std::string lex_error(const std::string& src) {
  LexOutput out = tokenize(src);
  if (!out.error) return "";
  return out.err.type + ": " + out.err.message + " @" + std::to_string(out.err.line) + ":" +
         std::to_string(out.err.col);
}

const Node* only_expr(const NodeP& m) {
  REQUIRE(m);
  REQUIRE(m->kind == NK::Module);
  REQUIRE(m->list.size() == 1);
  REQUIRE(m->list[0]->kind == NK::Expr);
  return m->list[0]->a.get();
}

}  // namespace

TEST_CASE("lexer: token streams", "[lexer]") {
  auto [src, expected] = GENERATE(table<std::string, std::string>({
      {"x = 1", "x = 1 NL END"},
      {"x=1\n", "x = 1 NL END"},
      {"a.b(c)[d]", "a . b ( c ) [ d ] NL END"},
      {"a := b -> c", "a := b -> c NL END"},
      {"a ** b // c << d >> e", "a ** b // c << d >> e NL END"},
      {"a **= b //= c <<= d >>= e", "a **= b //= c <<= d >>= e NL END"},
      {"a += b -= c *= d /= e %= f &= g |= h ^= i @= j",
       "a += b -= c *= d /= e %= f &= g |= h ^= i @= j NL END"},
      {"a < b <= c > d >= e == f != g", "a < b <= c > d >= e == f != g NL END"},
      {"~a & b | c ^ d", "~ a & b | c ^ d NL END"},
      {"...", "... NL END"},
      {"x[...]", "x [ ... ] NL END"},
      {"a. b", "a . b NL END"},
      {"f(x,\n  y)\n", "f ( x , y ) NL END"},
      {"[1,\n\n 2]", "[ 1 , 2 ] NL END"},
      {"x = 1 + \\\n    2\n", "x = 1 + 2 NL END"},
      {"# only a comment\n", "END"},
      {"\n\n\n", "END"},
      {"", "END"},
      {"x = 1  # trailing\n", "x = 1 NL END"},
      {"x = 1\n\n   \n# c\ny = 2\n", "x = 1 NL y = 2 NL END"},
      {"not_a_kw = None", "not_a_kw = None NL END"},
      {"rb'x' Rb\"y\" BR'z' f'a' Fr'b' rF'c' u'd'", "rb'x' Rb\"y\" BR'z' f'a' Fr'b' rF'c' u'd' NL END"},
      {"br = rb", "br = rb NL END"},
      {"'''a\nb''' + \"\"\"c\"\"\"", "'''a\nb''' + \"\"\"c\"\"\" NL END"},
      {"'a\\'b'", "'a\\'b' NL END"},
      {"'a\\\nb'", "'a\\\nb' NL END"},
      {"café = 1", "café = 1 NL END"},
      {"名前 = 'x'", "名前 = 'x' NL END"},
      {"x\ty", "x y NL END"},
  }));
  CAPTURE(src);
  CHECK(render(src) == expected);
}

TEST_CASE("lexer: INDENT and DEDENT", "[lexer]") {
  auto [src, expected] = GENERATE(table<std::string, std::string>({
      {"if x:\n    y\n", "if x : NL IN y NL DE END"},
      {"if x:\n    y\nz\n", "if x : NL IN y NL DE z NL END"},
      {"if a:\n  if b:\n    c\nd\n", "if a : NL IN if b : NL IN c NL DE DE d NL END"},
      {"if a:\n  if b:\n    c\n  d\n", "if a : NL IN if b : NL IN c NL DE d NL DE END"},
      {"if a:\n    b\n\n    # comment\n\n    c\n", "if a : NL IN b NL c NL DE END"},
      {"if a:\n\tb\n\tc\n", "if a : NL IN b NL c NL DE END"},
      {"if a:\n    b\n  # dedented comment\n    c\n", "if a : NL IN b NL c NL DE END"},
      {"def f():\n    return (1,\n2)\n", "def f ( ) : NL IN return ( 1 , 2 ) NL DE END"},
      {"if a:\n    b", "if a : NL IN b NL DE END"},
      {"if a:\n    b\n    ", "if a : NL IN b NL DE END"},
      {"if a:\n  \\\n  b\n", "if a : NL IN b NL DE END"},
  }));
  CAPTURE(src);
  CHECK(render(src) == expected);
}

TEST_CASE("lexer: positions are 1-based and count characters", "[lexer]") {
  LexOutput out = tokenize("é = 'ü'\nif x:\n    yé\n");
  REQUIRE_FALSE(out.error);
  auto& t = out.tokens;
  // é
  CHECK(t[0].line == 1);
  CHECK(t[0].col == 1);
  CHECK(t[0].end_col == 2);
  // =
  CHECK(t[1].col == 3);
  // 'ü'
  CHECK(t[2].col == 5);
  CHECK(t[2].end_col == 8);
  // NEWLINE at end of line 1
  CHECK(t[3].type == Tok::Newline);
  CHECK(t[3].col == 8);
  // yé on line 3, col 5
  size_t i = 0;
  while (t[i].text != "yé") i++;
  CHECK(t[i].line == 3);
  CHECK(t[i].col == 5);
  CHECK(t[i].end_col == 7);

  LexOutput ml = tokenize("x = '''a\nbc''' + 1\n");
  REQUIRE_FALSE(ml.error);
  CHECK(ml.tokens[2].line == 1);
  CHECK(ml.tokens[2].col == 5);
  CHECK(ml.tokens[2].end_line == 2);
  CHECK(ml.tokens[2].end_col == 6);
  CHECK(ml.tokens[3].line == 2);
  CHECK(ml.tokens[3].col == 7);
}

TEST_CASE("lexer: number tokens", "[lexer]") {
  auto [src, expected] = GENERATE(table<std::string, std::string>({
      {"1_000_000", "1_000_000 NL END"},
      {"0x_ff 0o17 0b1010 0XAB", "0x_ff 0o17 0b1010 0XAB NL END"},
      {"1. .5 1.5e3 1e-5 1E+5 0.0", "1. .5 1.5e3 1e-5 1E+5 0.0 NL END"},
      {"1if x else 2", "1 if x else 2 NL END"},
      {"0 00 0_0", "0 00 0_0 NL END"},
      {"1 if 2else 3", "1 if 2 else 3 NL END"},
      {"1 .real", "1 . real NL END"},
  }));
  CAPTURE(src);
  CHECK(render(src) == expected);
}

TEST_CASE("lexer: number values", "[lexer]") {
  using R = std::tuple<std::string, int64_t>;
  auto [src, v] = GENERATE(table<std::string, int64_t>({
      R{"0", 0},
      R{"42", 42},
      R{"1_000", 1000},
      R{"0xff", 255},
      R{"0XFF", 255},
      R{"0o777", 511},
      R{"0b1010_1010", 170},
      R{"9223372036854775807", INT64_MAX},
      R{"00", 0},
  }));
  CAPTURE(src);
  SyntaxErrorInfo err;
  NodeP m = parse_module(src, &err);
  const Node* e = only_expr(m);
  REQUIRE(e->kind == NK::Int);
  CHECK_FALSE(e->big);
  CHECK(e->ival == v);
}

TEST_CASE("lexer: big ints and floats", "[lexer]") {
  SyntaxErrorInfo err;
  auto big = [&](const std::string& src) {
    NodeP m = parse_module(src, &err);
    const Node* e = only_expr(m);
    REQUIRE(e->kind == NK::Int);
    CHECK(e->big);
    return e->str;
  };
  CHECK(big("9223372036854775808") == "9223372036854775808");
  CHECK(big("123_456_789_012_345_678_901_234_567_890") == "123456789012345678901234567890");
  CHECK(big("0xffffffffffffffffffff") == "1208925819614629174706175");
  CHECK(big("0o7777777777777777777777") == "73786976294838206463");
  CHECK(big("0b" + std::string(70, '1')) == "1180591620717411303423");

  auto flt = [&](const std::string& src) {
    NodeP m = parse_module(src, &err);
    const Node* e = only_expr(m);
    REQUIRE(e->kind == NK::Float);
    return e->fval;
  };
  CHECK(flt("1.") == 1.0);
  CHECK(flt(".5") == 0.5);
  CHECK(flt("1.5e3") == 1500.0);
  CHECK(flt("1_0.2_5") == 10.25);
  CHECK(flt("1e-3") == 0.001);
  CHECK(flt("2E+2") == 200.0);
  CHECK(flt("1e400") == HUGE_VAL);
  CHECK(flt("0.1") == 0.1);
}

TEST_CASE("lexer: string escapes", "[lexer]") {
  auto [src, expected] = GENERATE(table<std::string, std::string>({
      {"'a\\nb'", "a\nb"},
      {"'\\t\\\\\\'\\\"'", "\t\\'\""},
      {"'\\x41\\u00e9\\U0001F600'", "A\xc3\xa9\xf0\x9f\x98\x80"},
      {"'\\101\\0\\7'", std::string("A\0\a", 3)},
      {"'\\777'", "\xc7\xbf"},
      {"'\\q\\d'", "\\q\\d"},  // unknown escapes stay
      {"'a\\\nb'", "ab"},       // line continuation inside a string
      {"r'a\\nb'", "a\\nb"},
      {"R'\\''", "\\'"},
      {"'''a\nb'''", "a\nb"},
      {"\"\"\"x\"y\"\"\"", "x\"y"},
      {"'a' 'b' \"c\"", "abc"},
      {"'é' '\\u00e9'", "\xc3\xa9\xc3\xa9"},
      {"u'x'", "x"},
      {"''", ""},
      {"'\\a\\b\\f\\v\\r'", "\a\b\f\v\r"},
  }));
  CAPTURE(src);
  SyntaxErrorInfo err;
  NodeP m = parse_module(src, &err);
  CAPTURE(err.message);
  const Node* e = only_expr(m);
  REQUIRE(e->kind == NK::Str);
  CHECK(e->str == expected);
}

TEST_CASE("lexer: bytes literals", "[lexer]") {
  auto [src, expected] = GENERATE(table<std::string, std::string>({
      {"b'abc'", "abc"},
      {"b'\\x00\\xff'", std::string("\0\xff", 2)},
      {"b'\\u1234'", "\\u1234"},  // no \u in bytes
      {"rb'\\x00'", "\\x00"},
      {"b'a' b'b'", "ab"},
      {"b'\\777'", "\xff"},
  }));
  CAPTURE(src);
  SyntaxErrorInfo err;
  NodeP m = parse_module(src, &err);
  const Node* e = only_expr(m);
  REQUIRE(e->kind == NK::Bytes);
  CHECK(e->str == expected);
}

TEST_CASE("lexer: f-string parts", "[lexer]") {
  SyntaxErrorInfo err;
  auto fs = [&](const std::string& src) {
    NodeP m = parse_module(src, &err);
    CAPTURE(src, err.message);
    const Node* e = only_expr(m);
    REQUIRE(e->kind == NK::JoinedStr);
    // render parts
    std::string s;
    for (auto& p : e->list) {
      if (p->kind == NK::Str) {
        s += "[" + p->str + "]";
      } else {
        REQUIRE(p->kind == NK::FormattedValue);
        s += "{";
        if (p->a->kind == NK::Name) s += p->a->str;
        else s += "expr";
        if (!p->op.empty()) s += "!" + p->op;
        if (!p->str.empty()) s += " dbg=" + p->str;
        if (p->b) {
          s += ":";
          for (auto& q : p->b->list) {
            if (q->kind == NK::Str) s += q->str;
            else s += "{" + q->a->str + "}";
          }
        }
        s += "}";
      }
    }
    return s;
  };
  CHECK(fs("f''") == "");
  CHECK(fs("f'abc'") == "[abc]");
  CHECK(fs("f'a{x}b'") == "[a]{x}[b]");
  CHECK(fs("f'{x}{y}'") == "{x}{y}");
  CHECK(fs("f'{{x}}'") == "[{x}]");
  CHECK(fs("f'{x!r} {y!s} {z!a}'") == "{x!r}[ ]{y!s}[ ]{z!a}");
  CHECK(fs("f'{x:>10}'") == "{x:>10}");
  CHECK(fs("f'{x:{w}.{p}f}'") == "{x:{w}.{p}f}");
  CHECK(fs("f'{x=}'") == "{x!r dbg=x=}");
  CHECK(fs("f'{x = }'") == "{x!r dbg=x = }");
  CHECK(fs("f'{x=!s}'") == "{x!s dbg=x=}");
  CHECK(fs("f'{x=:>5}'") == "{x dbg=x=:>5}");
  CHECK(fs("f'{a+b}'") == "{expr}");
  CHECK(fs("f'{x!r:^{w}}'") == "{x!r:^{w}}");
  CHECK(fs("f'a\\n{x}'") == "[a\n]{x}");
  CHECK(fs("rf'a\\n{x}'") == "[a\\n]{x}");
  CHECK(fs("'a' f'{x}' 'b'") == "[a]{x}[b]");
  CHECK(fs("f'{x}' 'a' 'b'") == "{x}[ab]");
  CHECK(fs("f'{x!=y}'") == "{expr}");
  CHECK(fs("f'{d[\"k\"]}'") == "{expr}");
  CHECK(fs("f'''{\nx\n}'''") == "{x}");
  CHECK(fs("f'{x:}'") == "{x:}");

  // nested expression is parsed with real positions
  NodeP m = parse_module("s = f'ab{xy + 1}'", &err);
  REQUIRE(m);
  const Node* fv = m->list[0]->b->list[1].get();
  REQUIRE(fv->kind == NK::FormattedValue);
  CHECK(fv->a->kind == NK::BinOp);
  CHECK(fv->a->col == 10);
  CHECK(fv->a->end_col == 16);
  CHECK(fv->a->a->col == 10);
  CHECK(fv->a->a->end_col == 12);
}

TEST_CASE("lexer: tokenizer errors", "[lexer]") {
  auto [src, expected] = GENERATE(table<std::string, std::string>({
      {"s = 'abc", "SyntaxError: unterminated string literal (detected at line 1) @1:5"},
      {"s = \"\"\"abc\n\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 2) @1:5"},
      {"1abc", "SyntaxError: invalid decimal literal @1:1"},
      {"0777", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1:1"},
      {"0o8", "SyntaxError: invalid digit '8' in octal literal @1:3"},
      {"0b2", "SyntaxError: invalid digit '2' in binary literal @1:3"},
      {"0xg", "SyntaxError: invalid hexadecimal literal @1:2"},
      {"1__0", "SyntaxError: invalid decimal literal @1:2"},
      {"1.__add__", "SyntaxError: invalid decimal literal @1:2"},
      {"x = )", "SyntaxError: unmatched ')' @1:5"},
      {"x = (]", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @1:6"},
      {"x = (\n]", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 @2:1"},
      {"if x:\n    a\n  b", "IndentationError: unindent does not match any outer indentation level @3:4"},
      {"if x:\n\ta\n        b", "TabError: inconsistent use of tabs and spaces in indentation @3:1"},
      {"x = 1 \\ 2", "SyntaxError: unexpected character after line continuation character @1:8"},
      {"x = 1 € 2", "SyntaxError: invalid character '€' (U+20AC) @1:7"},
      {"x = \x01", "SyntaxError: invalid non-printable character U+0001 @1:5"},
      {"x = " + std::string(201, '('), "SyntaxError: too many nested parentheses @1:205"},
  }));
  CAPTURE(src);
  CHECK(lex_error(src) == expected);
}
