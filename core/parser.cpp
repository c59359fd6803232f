// Recursive-descent parser for the Python 3.11 subset in ast.h.
//
// CPython's PEG parser makes a second pass with extra "invalid_*" rules to
// produce its specialised error messages. This parser makes one pass and
// checks for those same invalid shapes at the point where it would otherwise
// fail, so the messages and positions come out the same. Grammar rule names
// in comments refer to CPython's Grammar/python.gram.
#include "parser.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <array>
#include <unordered_map>

#include "lexer.h"

namespace yl {

namespace {

struct ParseError {};

// Nesting guard: bounds both the parser's recursion and the depth of the tree
// it builds (the compiler recurses over it), so a 1 MB wasm stack is enough.
// Bracket nesting is limited to 200 by the tokenizer, as in CPython.
constexpr int kMaxDepth = 1000;
constexpr const char* kTooDeep = "maximum recursion depth exceeded during compilation";

bool is_ws_only(const std::string& s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') return false;
  return true;
}

// Decimal string of an arbitrary-size integer given in base 2/8/16/10.
std::string big_to_decimal(const std::string& digits, int base) {
  std::vector<uint32_t> limbs;  // little-endian base 1e9
  for (char ch : digits) {
    int d = (ch >= '0' && ch <= '9') ? ch - '0' : (ch | 0x20) - 'a' + 10;
    uint64_t carry = (uint64_t)d;
    for (auto& l : limbs) {
      uint64_t v = (uint64_t)l * (uint64_t)base + carry;
      l = (uint32_t)(v % 1000000000u);
      carry = v / 1000000000u;
    }
    while (carry) {
      limbs.push_back((uint32_t)(carry % 1000000000u));
      carry /= 1000000000u;
    }
  }
  if (limbs.empty()) return "0";
  std::string out = std::to_string(limbs.back());
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%09u", limbs[i]);
    out += buf;
  }
  return out;
}

const char* expr_name(const Node* e) {
  switch (e->kind) {
    case NK::Attribute: return "attribute";
    case NK::Subscript: return "subscript";
    case NK::Starred: return "starred";
    case NK::Name: return "name";
    case NK::List: return "list";
    case NK::Tuple: return "tuple";
    case NK::Lambda: return "lambda";
    case NK::Call: return "function call";
    case NK::BoolOp: case NK::BinOp: case NK::UnaryOp: return "expression";
    case NK::GenExp: return "generator expression";
    case NK::Yield: case NK::YieldFrom: return "yield expression";
    case NK::ListComp: return "list comprehension";
    case NK::SetComp: return "set comprehension";
    case NK::DictComp: return "dict comprehension";
    case NK::Dict: return "dict literal";
    case NK::Set: return "set display";
    case NK::JoinedStr: case NK::FormattedValue: return "f-string expression";
    case NK::None: return "None";
    case NK::True: return "True";
    case NK::False: return "False";
    case NK::Ellipsis: return "ellipsis";
    case NK::Int: case NK::Float: case NK::Str: case NK::Bytes: return "literal";
    case NK::Compare: return "comparison";
    case NK::IfExp: return "conditional expression";
    case NK::NamedExpr: return "named expression";
    default: return "expression";
  }
}

enum class TargetsType { Star, Del, For };

// _PyPegen_get_invalid_target
const Node* invalid_target(const Node* e, TargetsType t) {
  if (!e) return nullptr;
  switch (e->kind) {
    case NK::List: case NK::Tuple:
      for (auto& x : e->list) {
        const Node* r = invalid_target(x.get(), t);
        if (r) return r;
      }
      return nullptr;
    case NK::Starred:
      if (t == TargetsType::Del) return e;
      return invalid_target(e->a.get(), t);
    case NK::Compare:
      if (t == TargetsType::For) {
        if (!e->names.empty() && e->names[0] == "in") return invalid_target(e->a.get(), t);
        return nullptr;
      }
      return e;
    case NK::Name: case NK::Subscript: case NK::Attribute:
      return nullptr;
    default:
      return e;
  }
}

class Parser {
public:
  Parser(LexOutput& lx, int depth0 = 0) : lx_(lx), T(lx.tokens), depth_(depth0) {
    if (T.empty() || T.back().type != Tok::End) {
      Token e;
      e.type = Tok::End;
      if (!T.empty()) {
        e.line = e.end_line = T.back().end_line;
        e.col = e.end_col = T.back().end_col;
      } else {
        e.line = e.end_line = 1;
        e.col = e.end_col = 1;
      }
      T.push_back(e);
    }
  }

  SyntaxErrorInfo err;
  bool err_generic = false;     // the error is the generic "invalid syntax"
  bool err_at_end = false;      // the failing token was the end of input
  bool err_at_indent = false;   // the failing token was INDENT/DEDENT
  int err_fill_line = 0;        // line of the furthest token looked at when the error was raised
  bool err_fill_end = false;    // ... and whether that was the end of the tokens
  bool error_pass_ = false;     // second pass: checks that only apply to invalid input
  bool pending_generic_ = false;
  Tok pending_tok_ = Tok::End;
  bool in_fstring = false;

  NodeP file() {
    auto m = std::make_unique<Node>(NK::Module);
    m->line = 1, m->col = 1;
    while (!at(Tok::End)) {
      statement(m->list);
    }
    return m;
  }

  NodeP eval_input() {
    NodeP e = expressions();
    while (at(Tok::Newline)) take();
    if (!at(Tok::End)) fail();
    return e;
  }

  // f-string replacement field: the source was wrapped in parentheses.
  NodeP fstring_expr() {
    NodeP e = atom();
    if (!at(Tok::End)) fail();
    return e;
  }

  LexOutput& lx_;
  std::vector<Token>& T;
  // maxp_: furthest token the grammar proper looked at (CPython's first pass,
  // which places a generic "invalid syntax"); fillp_: furthest token looked at
  // by anything, including the checks for specialised messages (CPython's
  // p->fill, used by RAISE_SYNTAX_ERROR and the unclosed-bracket rule).
  size_t p_ = 0, maxp_ = 0, fillp_ = 0;
  int depth_ = 0;
  int no_invalid_ = 0;  // >0 while parsing "expression_without_invalid"
  int func_depth_ = 0;  // >0 inside a def or lambda body (for the 'await' message)
  size_t off_disjunction_at_ = (size_t)-1;  // parse the disjunction here without checks
  std::vector<char> legacy_tried_;          // per token: invalid_legacy_expression done
  // Nodes written in parentheses (atoms). Keyed by address and checked
  // against kind and span, so a recycled address cannot give a false hit.
  std::unordered_map<const Node*, std::array<int, 5>> parens_;
  static std::array<int, 5> fingerprint(const Node* n) {
    return {(int)n->kind, n->line, n->col, n->end_line, n->end_col};
  }
  void mark_paren(const Node* n) { parens_[n] = fingerprint(n); }
  bool is_paren(const Node* n) const {
    auto it = parens_.find(n);
    return it != parens_.end() && it->second == fingerprint(n);
  }

  // ---------------------------------------------------------------- tokens
  const Token& tok(size_t k = 0) {
    size_t i = p_ + k;
    if (i >= T.size()) i = T.size() - 1;
    if (i > maxp_) maxp_ = i;
    if (i > fillp_) fillp_ = i;
    return T[i];
  }
  // Lookahead for an error check only: does not move the generic error position.
  const Token& peek_nb(size_t k) {
    size_t i = p_ + k;
    if (i >= T.size()) i = T.size() - 1;
    if (i > fillp_) fillp_ = i;
    return T[i];
  }
  bool op_nb(const char* s, size_t k) {
    const Token& t = peek_nb(k);
    return t.type == Tok::Op && t.text == s;
  }
  bool at(Tok t, size_t k = 0) { return tok(k).type == t; }
  bool op(const char* s, size_t k = 0) {
    const Token& t = tok(k);
    return t.type == Tok::Op && t.text == s;
  }
  bool kw(const char* s, size_t k = 0) {
    const Token& t = tok(k);
    return t.type == Tok::Name && t.text == s;
  }
  bool name(size_t k = 0) {
    const Token& t = tok(k);
    return t.type == Tok::Name && !is_keyword(t.text);
  }
  const Token& take() {
    const Token& t = tok();
    if (p_ < T.size() - 1) p_++;
    return t;
  }
  const Token& prev() { return T[p_ ? p_ - 1 : 0]; }

  // --------------------------------------------------------------- errors
  std::string line_text(int line) {
    int i = line - lx_.line0;
    if (i >= 0 && i < (int)lx_.lines.size()) return lx_.lines[i];
    return "";
  }
  [[noreturn]] void raise(const std::string& msg, int line, int col, int eline, int ecol,
                          const char* type = "SyntaxError") {
    err_generic = pending_generic_;
    err_at_end = pending_generic_ && pending_tok_ == Tok::End;
    err_at_indent = pending_generic_ && (pending_tok_ == Tok::Indent || pending_tok_ == Tok::Dedent);
    pending_generic_ = false;
    if (maxp_ > fillp_) fillp_ = maxp_;
    err_fill_line = T[fillp_].line;
    err_fill_end = T[fillp_].type == Tok::End;
    err.type = type;
    err.message = in_fstring ? "f-string: " + msg : msg;
    err.line = line;
    err.col = col;
    err.end_line = eline;
    err.end_col = ecol;
    err.text = line_text(line);
    if (eline != line && ecol > 0) err.end_col = cross_line_end_col(line, eline, ecol);
    throw ParseError{};
  }
  // CPython converts the end offset of a range that ends on a later line to
  // characters using the *first* line's text (clamped to its length + 1).
  int cross_line_end_col(int line, int eline, int ecol) {
    std::string first = line_text(line), last = line_text(eline);
    // byte offset of the end position on its own line
    size_t bytes = 0;
    int chars = 0;
    while (bytes < last.size() && chars < ecol - 1) {
      unsigned char c = (unsigned char)last[bytes];
      bytes += c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
      chars++;
    }
    bytes += (size_t)(ecol - 1 - chars);  // past the end of the line
    size_t off = bytes + 1;               // CPython's 1-based byte offset
    if (off > first.size() + 1) off = first.size() + 1;
    return (int)utf8_length(first.substr(0, off - 1)) + 1;
  }
  // RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node)
  [[noreturn]] void raise_node(const Node* n, const std::string& msg) {
    raise(msg, n->line, n->col, n->end_line, n->end_col);
  }
  [[noreturn]] void raise_range(const Node* a, const Node* b, const std::string& msg) {
    raise(msg, a->line, a->col, b->end_line, b->end_col);
  }
  [[noreturn]] void raise_tok(const Token& t, const std::string& msg,
                              const char* type = "SyntaxError") {
    if (t.type == Tok::Indent || t.type == Tok::Dedent || t.type == Tok::End) {
      // CPython: these tokens have no column; it uses the tokenizer cursor.
      raise(msg, t.line, t.end_col - 1, t.line, -1, type);
    }
    raise(msg, t.line, t.col, t.end_line, t.end_col, type);
  }
  // RAISE_SYNTAX_ERROR: at the last token fetched.
  [[noreturn]] void raise_last(const std::string& msg, const char* type = "SyntaxError") {
    if (maxp_ > fillp_) fillp_ = maxp_;
    raise_tok(T[fillp_], msg, type);
  }
  // The generic failure.
  [[noreturn]] void fail() {
    const Token& t = T[maxp_];
    pending_generic_ = true;
    pending_tok_ = t.type;
    if (t.type == Tok::Indent) raise_tok(t, "unexpected indent", "IndentationError");
    if (t.type == Tok::Dedent) raise_tok(t, "unexpected unindent", "IndentationError");
    if (t.type == Tok::End) raise("invalid syntax", t.line, 0, t.line, 0);
    raise_tok(t, "invalid syntax");
  }
  void expect(const char* s) {
    if (!op(s)) fail();
    take();
  }
  // &&'x' forced token
  void expect_forced(const char* s) {
    if (!op(s)) {
      const Token& t = tok();
      raise(std::string("expected '") + s + "'", t.line, t.col, t.end_line, t.end_col);
    }
    take();
  }

  [[noreturn]] void too_deep() {
    const Token& t = tok();
    raise(kTooDeep, t.line, t.col, t.end_line, t.end_col);
  }
  // Left-nested chains (a+b+c..., a.b.c..., f()()...) deepen the tree without recursion.
  void chain_step(int& n) {
    if (depth_ + ++n > kMaxDepth) too_deep();
  }

  struct DepthGuard {
    Parser* p;
    explicit DepthGuard(Parser* pp) : p(pp) {
      if (++p->depth_ > kMaxDepth) p->too_deep();
    }
    ~DepthGuard() { p->depth_--; }
  };

  // PEG-style backtracking: runs f; on a generic failure restores the
  // position and returns null (the tokens looked at still count for the
  // generic error position, as in CPython). Specialised errors propagate.
  template <class F>
  NodeP attempt(F f) {
    size_t save = p_;
    try {
      return f();
    } catch (ParseError&) {
      if (!err_generic) throw;
      p_ = save;
      return nullptr;
    }
  }
  // Like attempt, for the lookahead of an error check (CPython's second-pass
  // invalid_* rules): the generic error position does not move.
  template <class F>
  NodeP speculate(F f) {
    size_t save_max = maxp_;
    NodeP r = attempt(f);
    maxp_ = save_max;
    return r;
  }

  // ---------------------------------------------------------------- nodes
  NodeP mk(NK k, const Token& t) {
    auto n = std::make_unique<Node>(k);
    n->line = t.line, n->col = t.col, n->end_line = t.end_line, n->end_col = t.end_col;
    return n;
  }
  NodeP mk(NK k, const Node* start) {
    auto n = std::make_unique<Node>(k);
    n->line = start->line, n->col = start->col;
    n->end_line = start->end_line, n->end_col = start->end_col;
    return n;
  }
  NodeP mk_at(NK k, int line, int col) {
    auto n = std::make_unique<Node>(k);
    n->line = line, n->col = col;
    return n;
  }
  void finish(Node* n) {
    const Token& t = prev();
    n->end_line = t.end_line, n->end_col = t.end_col;
  }
  void end_at(Node* n, const Node* last) { n->end_line = last->end_line, n->end_col = last->end_col; }

  // =========================================================== statements
  void statement(std::vector<NodeP>& out) {
    if (compound(out)) return;
    simple_stmts(out);
  }

  void simple_stmts(std::vector<NodeP>& out) {
    for (;;) {
      out.push_back(simple_stmt());
      if (op(";")) {
        take();
        if (at(Tok::Newline)) break;
        continue;
      }
      break;
    }
    if (!at(Tok::Newline)) fail();
    take();
  }

  NodeP simple_stmt() {
    const Token& t = tok();
    if (t.type == Tok::Name) {
      const std::string& s = t.text;
      if (s == "pass") { take(); return mk(NK::Pass, t); }
      if (s == "break") { take(); return mk(NK::Break, t); }
      if (s == "continue") { take(); return mk(NK::Continue, t); }
      if (s == "return") return return_stmt();
      if (s == "raise") return raise_stmt();
      if (s == "global" || s == "nonlocal") return global_stmt();
      if (s == "del") return del_stmt();
      if (s == "assert") return assert_stmt();
      if (s == "import") return import_name();
      if (s == "from") return import_from();
    }
    return expr_or_assign();
  }

  bool is_augassign(std::string* o) {
    const Token& t = tok();
    if (t.type != Tok::Op) return false;
    static const char* const ops[] = {"+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=",
                                      "^=", "<<=", ">>=", "**=", "//=", nullptr};
    for (int i = 0; ops[i]; i++) {
      if (t.text == ops[i]) {
        *o = t.text.substr(0, t.text.size() - 1);
        return true;
      }
    }
    return false;
  }

  NodeP yield_or_star_expressions() {
    if (kw("yield")) return yield_expr();
    return star_expressions();
  }

  void check_targets(Node* e, TargetsType tt) {
    const Node* bad = invalid_target(e, tt);
    if (bad) {
      std::string name = expr_name(bad);
      if (tt == TargetsType::Del) raise_node(bad, "cannot delete " + name);
      if (tt == TargetsType::Star)
        raise_node(bad, "cannot assign to " + name + " here. Maybe you meant '==' instead of '='?");
      raise_node(bad, "cannot assign to " + name);
    }
  }

  // True/False/None... can't be targets; invalid_target() reports them as
  // "cannot assign to True" etc. through expr_name.

  NodeP expr_or_assign() {
    const Token& first = tok();
    bool is_yield = kw("yield");
    NodeP e = yield_or_star_expressions();
    if (op(":") && !is_yield) return ann_assign(first, std::move(e));
    if (op("=")) {
      auto s = mk(NK::Assign, first);
      NodeP value;
      size_t first_eq = p_;
      for (;;) {
        s->list.push_back(std::move(e));
        check_assign_target(s->list, first_eq);
        take();  // '='
        NodeP v = yield_or_star_expressions();
        if (op("=")) {
          e = std::move(v);
          continue;
        }
        value = std::move(v);
        break;
      }
      s->b = std::move(value);
      finish(s.get());
      return s;
    }
    std::string aop;
    // a bare yield or *x at the start is not an expression for these checks
    bool bare_yield = is_yield && !is_paren(e.get());
    bool not_expr = bare_yield || e->kind == NK::Starred;
    if (is_augassign(&aop)) {
      if (bare_yield) fail();
      if (!(e->kind == NK::Name || e->kind == NK::Attribute || e->kind == NK::Subscript)) {
        // invalid_assignment: a=star_expressions augassign (yield_expr | star_expressions)
        size_t save = p_;
        take();
        NodeP rhs = speculate([&] { return yield_or_star_expressions(); });
        if (rhs) {
          raise_node(e.get(), std::string("'") + expr_name(e.get()) +
                                  "' is an illegal expression for augmented assignment");
        }
        p_ = save;
        fail();
      }
      take();
      auto s = mk(NK::AugAssign, first);
      s->a = std::move(e);
      s->op = aop;
      s->b = yield_or_star_expressions();
      finish(s.get());
      return s;
    }
    if (op(":=") && !not_expr && e->kind != NK::Name && !(e->kind == NK::Tuple && !is_paren(e.get()))) {
      // invalid_named_expression: a=expression ':=' expression
      size_t save = p_;
      take();
      if (speculate([&] { return expression(); }))
        raise_node(e.get(), std::string("cannot use assignment expressions with ") + expr_name(e.get()));
      p_ = save;
    }
    if (error_pass_ && e->kind == NK::Tuple && !is_paren(e.get()) && (starts_expression() || op("*"))) {
      // invalid_assignment: a=star_named_expression ',' star_named_expressions* ...
      // keeps reading elements (no comma needed between the repetitions); an
      // element followed by '=' gets invalid_named_expression's messages.
      size_t save = p_;
      while (starts_expression() || op("*")) {
        NodeP x = speculate([&] { return star_named_expression(); });
        if (!x) break;
        while (op(",")) take();
      }
      p_ = save;
    }
    auto s = mk(NK::Expr, first);
    finish(s.get());
    s->a = std::move(e);
    return s;
  }

  // Annotated assignment; the cursor is at ':'.
  NodeP ann_assign(const Token& first, NodeP e) {
    const Node* core = e.get();
    if (core->kind == NK::Starred) fail();  // `*a: int` is not an expression
    bool bare_tuple = core->kind == NK::Tuple && !is_paren(core);
    if (core->kind == NK::Tuple || core->kind == NK::List ||
        !(core->kind == NK::Name || core->kind == NK::Attribute || core->kind == NK::Subscript)) {
      // invalid_assignment: the annotation must parse for these messages
      size_t save = p_;
      take();
      if (speculate([&] { return expression(); })) {
        if (bare_tuple)
          raise_node(core->list[0].get(), "only single target (not tuple) can be annotated");
        if (core->kind == NK::Tuple || core->kind == NK::List)
          raise_node(core, std::string("only single target (not ") + expr_name(core) + ") can be annotated");
        raise_node(core, "illegal target for annotation");
      }
      p_ = save;
      fail();
    }
    take();
    NodeP ann = expression();
    auto s = mk(NK::AnnAssign, first);
    if (core->kind == NK::Name && !is_paren(core)) s->op = "simple";
    s->a = std::move(e);
    s->b = std::move(ann);
    if (op("=")) {
      take();
      s->c = yield_or_star_expressions();
    }
    finish(s.get());
    return s;
  }

  // At an '=' after targets[0..n-1]: CPython's invalid_assignment checks for
  // the last target, in its order.
  void check_assign_target(std::vector<NodeP>& targets, size_t first_eq) {
    Node* t = targets.back().get();
    bool yield = (t->kind == NK::Yield || t->kind == NK::YieldFrom);
    if (!yield && !invalid_target(t, TargetsType::Star)) return;
    {
      // a=star_named_expression ',' star_named_expressions* ... runs
      // invalid_named_expression on the element followed by the first '='.
      Node* t0 = targets[0].get();
      bool bare_tuple = t0->kind == NK::Tuple && !is_paren(t0);
      Node* last = bare_tuple ? t0->list.back().get() : t0;
      bool trailing_comma = bare_tuple && (t0->end_line != last->end_line || t0->end_col != last->end_col);
      if (last->kind != NK::Starred && !trailing_comma) {
        bool name = last->kind == NK::Name && !is_paren(last);
        bool excluded = last->kind == NK::List || last->kind == NK::Tuple || last->kind == NK::GenExp ||
                        last->kind == NK::True || last->kind == NK::None || last->kind == NK::False;
        if (name || (!excluded && is_bitwise_or_level(last))) {
          size_t save = p_;
          p_ = first_eq;
          take();  // '='
          NodeP b = speculate([&] { return bitwise_or(); });
          if (b && !op("=") && !op(":=")) {
            if (name) raise_range(last, b.get(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            raise_node(last, std::string("cannot assign to ") + expr_name(last) +
                                 " here. Maybe you meant '==' instead of '='?");
          }
          p_ = save;
        }
      }
    }
    if (yield && !is_paren(t)) raise_node(t, "assignment to yield expression not possible");
    const Node* bad = invalid_target(t, TargetsType::Star);
    if (bad) raise_node(bad, std::string("cannot assign to ") + expr_name(bad));
  }

  // Does the expression start with a bitwise_or (as the grammar would parse it)?
  bool leading_bitwise_or(const Node* v) {
    if (is_paren(v)) return true;
    switch (v->kind) {
      case NK::Tuple:
        return !v->list.empty() && leading_bitwise_or(v->list[0].get());
      case NK::BoolOp: return leading_bitwise_or(v->list[0].get());
      case NK::IfExp: return leading_bitwise_or(v->b.get());
      case NK::UnaryOp: return v->op != "not";
      case NK::Lambda: case NK::Yield: case NK::YieldFrom: case NK::Starred: return false;
      default: return true;
    }
  }

  NodeP return_stmt() {
    auto s = mk(NK::Return, take());
    if (!at(Tok::Newline) && !op(";")) s->a = star_expressions();
    finish(s.get());
    return s;
  }

  NodeP raise_stmt() {
    auto s = mk(NK::Raise, take());
    if (!at(Tok::Newline) && !op(";")) {
      s->a = expression();
      if (kw("from")) {
        take();
        s->b = expression();
      }
    }
    finish(s.get());
    return s;
  }

  NodeP global_stmt() {
    const Token& t = take();
    auto s = mk(t.text == "global" ? NK::Global : NK::Nonlocal, t);
    for (;;) {
      if (!name()) fail();
      s->names.push_back(take().text);
      if (op(",")) {
        take();
        continue;
      }
      break;
    }
    finish(s.get());
    return s;
  }

  NodeP del_stmt() {
    auto s = mk(NK::Delete, take());
    // invalid_del_stmt: 'del' a=star_expressions -> "cannot delete ..."
    size_t save = p_;
    // del_targets: ','.del_target+ [','] &(';' | NEWLINE); a target starts
    // with an atom, so other tokens fail right there.
    bool can_start = atom_start();
    NodeP e = speculate([&] { return star_expressions(); });
    if (e) check_targets(e.get(), TargetsType::Del);
    if (!can_start) {
      p_ = save;
      fail();
    }
    if (!e) {
      p_ = save;
      star_expressions();
      fail();
    }
    if (!(op(";") || at(Tok::Newline))) fail();
    if (e->kind == NK::Tuple && !is_paren(e.get())) {
      s->list = std::move(e->list);
    } else {
      s->list.push_back(std::move(e));
    }
    finish(s.get());
    return s;
  }

  NodeP assert_stmt() {
    auto s = mk(NK::Assert, take());
    s->a = expression();
    if (op(",")) {
      take();
      s->b = expression();
    }
    finish(s.get());
    return s;
  }

  std::string dotted_name() {
    if (!name()) fail();
    std::string s = take().text;
    while (op(".")) {
      take();
      if (!name()) fail();
      s += ".";
      s += take().text;
    }
    return s;
  }

  NodeP import_name() {
    auto s = mk(NK::Import, take());
    for (;;) {
      const Token& st = tok();
      auto a = mk(NK::Alias, st);
      a->str = dotted_name();
      if (kw("as")) {
        take();
        if (!name()) fail();
        a->str2 = take().text;
      }
      finish(a.get());
      s->list.push_back(std::move(a));
      if (op(",")) {
        take();
        continue;
      }
      break;
    }
    finish(s.get());
    return s;
  }

  NodeP import_from() {
    auto s = mk(NK::ImportFrom, take());
    int level = 0;
    while (op(".") || op("...")) level += (int)take().text.size();
    if (level == 0 || !kw("import")) s->str = dotted_name();
    s->ival = level;  // relative import level (0 = absolute)
    if (!kw("import")) fail();
    take();
    if (op("*")) {
      auto a = mk(NK::Alias, take());
      a->str = "*";
      s->list.push_back(std::move(a));
    } else {
      bool paren = false;
      if (op("(")) {
        take();
        paren = true;
      }
      for (;;) {
        if (!name()) fail();
        const Token& st = take();
        auto a = mk(NK::Alias, st);
        a->str = st.text;
        if (kw("as")) {
          take();
          if (!name()) fail();
          a->str2 = take().text;
        }
        finish(a.get());
        s->list.push_back(std::move(a));
        if (op(",")) {
          take();
          if (paren && op(")")) break;
          if (!paren && at(Tok::Newline))
            raise_last("trailing comma not allowed without surrounding parentheses");
          continue;
        }
        break;
      }
      if (paren) expect(")");
    }
    finish(s.get());
    return s;
  }

  // ------------------------------------------------------------ compound
  bool compound(std::vector<NodeP>& out) {
    const Token& t = tok();
    if (t.type == Tok::Name && t.text == "async") {
      if (kw("def", 1) || kw("for", 1) || kw("with", 1))
        raise_tok(t, "'async' statements are not supported");
      fail();
    }
    if (t.type == Tok::Op && t.text == "@") {
      out.push_back(decorated());
      return true;
    }
    if (t.type != Tok::Name) return false;
    const std::string& s = t.text;
    if (s == "def") out.push_back(funcdef({}));
    else if (s == "class") out.push_back(classdef({}));
    else if (s == "if") out.push_back(if_stmt());
    else if (s == "while") out.push_back(while_stmt());
    else if (s == "for") out.push_back(for_stmt());
    else if (s == "try") out.push_back(try_stmt());
    else if (s == "with") out.push_back(with_stmt());
    else return false;
    return true;
  }

  // block after ':'; `what` names the statement for the IndentationError.
  void block(std::vector<NodeP>& body, const std::string& what, int line) {
    if (at(Tok::Newline)) {
      take();
      if (!at(Tok::Indent)) {
        raise_last("expected an indented block after " + what + " on line " + std::to_string(line),
                   "IndentationError");
      }
      take();
      while (!at(Tok::Dedent) && !at(Tok::End)) statement(body);
      if (at(Tok::Dedent)) take();
      return;
    }
    simple_stmts(body);
  }

  // 'if' named_expression ':' — handles the "expected ':'" case.
  void colon_after_header() {
    if (op(":")) {
      take();
      return;
    }
    if (at(Tok::Newline)) raise_last("expected ':'");
    fail();
  }

  NodeP decorated() {
    std::vector<NodeP> decos;
    while (op("@")) {
      take();
      decos.push_back(named_expression());
      if (!at(Tok::Newline)) fail();
      take();
    }
    if (kw("def")) return funcdef(std::move(decos));
    if (kw("class")) return classdef(std::move(decos));
    if (kw("async") && kw("def", 1)) raise_tok(tok(), "'async' statements are not supported");
    fail();
  }

  NodeP funcdef(std::vector<NodeP> decos) {
    const Token& d = take();
    auto s = mk(NK::FunctionDef, d);
    s->list2 = std::move(decos);
    if (!name()) fail();
    s->str = take().text;
    expect_forced("(");
    s->a = parameters(false);
    expect(")");
    if (op("->")) {
      if (!starts_expression(1)) expect_forced(":");
      take();
      s->c = expression();  // return annotation (not in the contract; kept in c)
    }
    expect_forced(":");
    func_depth_++;
    block(s->list, "function definition", d.line);
    func_depth_--;
    finish_block(s.get());
    return s;
  }

  // End of a compound statement = end of the last statement of its last block.
  void finish_block(Node* s) {
    // find last token that is not NEWLINE/INDENT/DEDENT before p_
    size_t i = p_;
    while (i > 0) {
      i--;
      const Token& t = T[i];
      if (t.type == Tok::Newline || t.type == Tok::Indent || t.type == Tok::Dedent ||
          t.type == Tok::End)
        continue;
      s->end_line = t.end_line, s->end_col = t.end_col;
      return;
    }
  }

  NodeP classdef(std::vector<NodeP> decos) {
    const Token& c = take();
    auto s = mk(NK::ClassDef, c);
    s->list2 = std::move(decos);
    if (!name()) fail();
    s->str = take().text;
    if (op("(")) {
      take();
      arguments(s->list3, s->list4, false);
      expect(")");
    }
    colon_after_header();
    block(s->list, "class definition", c.line);
    finish_block(s.get());
    return s;
  }

  NodeP if_stmt() {
    DepthGuard g(this);
    const Token& t = take();  // 'if' or 'elif'
    bool elif = t.text == "elif";
    auto s = mk(NK::If, t);
    s->a = named_expression();
    colon_after_header();
    block(s->list, elif ? "'elif' statement" : "'if' statement", t.line);
    if (kw("elif")) {
      s->list2.push_back(if_stmt());
    } else if (kw("else")) {
      else_block(s->list2);
    }
    finish_block(s.get());
    return s;
  }

  void else_block(std::vector<NodeP>& out) {
    const Token& e = take();
    expect_forced(":");
    block(out, "'else' statement", e.line);
  }

  NodeP while_stmt() {
    const Token& t = take();
    auto s = mk(NK::While, t);
    s->a = named_expression();
    colon_after_header();
    block(s->list, "'while' statement", t.line);
    if (kw("else")) else_block(s->list2);
    finish_block(s.get());
    return s;
  }

  NodeP for_stmt() {
    const Token& t = take();
    auto s = mk(NK::For, t);
    s->a = for_target();
    take();  // 'in'
    s->b = star_expressions();
    colon_after_header();
    block(s->list, "'for' statement", t.line);
    if (kw("else")) else_block(s->list2);
    finish_block(s.get());
    return s;
  }

  // star_targets followed by 'in' (for statements and comprehensions).
  NodeP for_target() {
    size_t save = p_;
    // star_targets start with '*' or an atom; anything else fails right there
    bool can_start = op("*") || atom_start();
    if (can_start) {
      NodeP tgt = attempt([&] { return star_targets_until_in(); });
      if (tgt && kw("in")) return tgt;
      p_ = save;
    }
    // invalid_for_target: 'for' a=star_expressions -> "cannot assign to ..."
    NodeP e = speculate([&] { return star_expressions(); });
    if (e) check_targets(e.get(), TargetsType::For);
    p_ = save;
    if (can_start) {
      star_targets_until_in();
      if (!kw("in")) fail();
    }
    fail();
  }

  // Can the current token start an atom (and so a target or del target)?
  bool atom_start() {
    const Token& t = tok();
    switch (t.type) {
      case Tok::Number: case Tok::String: return true;
      case Tok::Name:
        return !is_keyword(t.text) || t.text == "None" || t.text == "True" || t.text == "False";
      case Tok::Op: return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "...";
      default: return false;
    }
  }

  // Parses a target list the way star_targets does, but by parsing an
  // expression-ish sequence of bitwise_or-level items so 'in' is not eaten.
  NodeP star_targets_until_in() {
    const Token& first = tok();
    std::vector<NodeP> items;
    bool comma = false;
    for (;;) {
      NodeP it;
      if (op("*")) {
        const Token& st = take();
        it = mk(NK::Starred, st);
        it->a = bitwise_or();
        finish(it.get());
      } else {
        it = bitwise_or();
      }
      if (invalid_target(it.get(), TargetsType::Star)) return nullptr;
      items.push_back(std::move(it));
      if (op(",")) {
        take();
        comma = true;
        if (kw("in")) break;
        continue;
      }
      break;
    }
    if (!comma) return std::move(items[0]);
    auto t = mk(NK::Tuple, first);
    t->list = std::move(items);
    finish(t.get());
    return t;
  }

  NodeP with_stmt() {
    const Token& w = take();
    auto s = mk(NK::With, w);
    bool done = false;
    if (op("(")) {
      // try the parenthesised form: '(' ','.with_item+ ','? ')' ':'
      size_t save = p_;
      SyntaxErrorInfo saved_err = err;
      try {
        take();
        std::vector<NodeP> items;
        for (;;) {
          items.push_back(with_item());
          if (op(",")) {
            take();
            if (op(")")) break;
            continue;
          }
          break;
        }
        if (op(")") && (op(":", 1) || at(Tok::Newline, 1))) {
          take();
          s->list = std::move(items);
          done = true;
        } else {
          p_ = save;
        }
      } catch (ParseError&) {
        if (!err_generic) throw;  // a specific message stands, as in CPython
        err_generic = err_at_end = err_at_indent = false;
        p_ = save;
        err = saved_err;
      }
    }
    if (!done) {
      for (;;) {
        s->list.push_back(with_item());
        if (op(",")) {
          take();
          continue;
        }
        break;
      }
    }
    colon_after_header();
    block(s->list2, "'with' statement", w.line);
    finish_block(s.get());
    return s;
  }

  NodeP with_item() {
    NodeP e = expression();
    auto it = mk(NK::WithItem, e.get());
    it->a = std::move(e);
    if (kw("as")) {
      take();
      size_t save = p_;
      NodeP t;
      bool ok = false;
      try {
        no_invalid_++;
        t = star_target();
        no_invalid_--;
        ok = true;
      } catch (ParseError&) {
        no_invalid_--;
      }
      if (ok && at(Tok::Newline) && !invalid_target(t.get(), TargetsType::Star)) {
        it->b = std::move(t);
        finish(it.get());
        return it;  // the caller reports "expected ':'"
      }
      if (!ok || !(op(",") || op(")") || op(":")) || invalid_target(t.get(), TargetsType::Star)) {
        // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
        p_ = save;
        NodeP e2 = expression();
        if (op(",") || op(")") || op(":")) {
          const Node* bad = invalid_target(e2.get(), TargetsType::Star);
          if (bad) raise_node(bad, std::string("cannot assign to ") + expr_name(bad));
        }
        fail();
      }
      it->b = std::move(t);
    }
    finish(it.get());
    return it;
  }

  NodeP star_target() {
    if (op("*")) {
      const Token& st = take();
      auto s = mk(NK::Starred, st);
      s->a = star_target();
      finish(s.get());
      return s;
    }
    return expression();
  }

  NodeP try_stmt() {
    const Token& t = take();
    auto s = mk(NK::Try, t);
    expect_forced(":");
    block(s->list, "'try' statement", t.line);
    while (kw("except")) {
      const Token& e = take();
      auto h = mk(NK::ExceptHandler, e);
      if (op("*")) raise_last("except* is not supported");
      if (!op(":")) {
        if (at(Tok::Newline)) raise_last("expected ':'");
        h->a = expression();
        if (op(",")) {
          // invalid_except_stmt: multiple exception types must be parenthesized
          Node* a = h->a.get();
          take();
          expressions();
          if (kw("as")) {
            take();
            if (name()) take();
          }
          if (op(":")) raise(std::string("multiple exception types must be parenthesized"),
                             a->line, a->col, T[maxp_].end_line, T[maxp_].end_col - 1);
          fail();
        }
        if (kw("as")) {
          take();
          if (!name()) fail();
          h->str = take().text;
        }
      }
      colon_after_header();
      block(h->list, "'except' statement", e.line);
      finish_block(h.get());
      s->list2.push_back(std::move(h));
    }
    if (s->list2.empty() && !kw("finally")) {
      raise_last("expected 'except' or 'finally' block");
    }
    if (!s->list2.empty() && kw("else")) else_block(s->list3);
    if (kw("finally")) {
      const Token& f = take();
      expect_forced(":");
      block(s->list4, "'finally' statement", f.line);
    }
    finish_block(s.get());
    return s;
  }

  // ----------------------------------------------------------- parameters
  // def (lambda=false) or lambda (lambda=true) parameter list; stops before ')' or ':'.
  NodeP parameters(bool lambda) {
    auto args = mk(NK::Arguments, tok());
    const char* close = lambda ? ":" : ")";
    std::vector<NodeP>& L = args->list;
    bool seen_default = false, seen_slash = false, seen_star = false, seen_kwargs = false;
    // invalid_parameters: param_no_default* (param_with_default+ ['/' ',']) a=param_no_default
    // phase 0: leading plain params; 1: in the first run of defaults; 2: just
    // after a '/' that ended that run; 3: the message no longer applies.
    int default_phase = 0;
    bool star_bare_pending = false;  // bare '*' needing a following named arg
    const Token* star_tok = nullptr;
    while (!op(close)) {
      if (seen_kwargs) {
        // invalid_kwds: arguments cannot follow var-keyword argument
        if (name() || op("*") || op("**") || op("/")) {
          const Token& t = tok();
          if (name()) {
            auto a = param(lambda);
            raise_node(a.get(), "arguments cannot follow var-keyword argument");
          }
          raise_tok(t, "arguments cannot follow var-keyword argument");
        }
        fail();
      }
      if (op("/")) {
        const Token& sl = tok();
        if (L.empty()) {
          if (op_nb(",", 1)) raise_tok(sl, "at least one argument must precede /");
          fail();
        }
        if (seen_slash) raise_tok(sl, "/ may appear only once");
        if (seen_star) raise_tok(sl, "/ must be ahead of *");
        take();
        for (auto& a : L) a->op = "posonly";
        seen_slash = true;
        default_phase = default_phase == 1 ? 2 : 3;
        if (op(",")) {
          take();
          continue;
        }
        if (!op(close)) {
          if (op("*")) raise_tok(tok(), "expected comma between / and *");
          fail();
        }
        break;
      }
      if (op("*")) {
        if (seen_star) {
          // invalid_star_etc: ... a='*' (param_no_default | ',')
          if (peek_nb(1).type == Tok::Name || op_nb(",", 1)) raise_tok(tok(), "* argument may appear only once");
          fail();
        }
        const Token& st = take();
        default_phase = 3;
        if (seen_star) {
          raise_tok(st, "* argument may appear only once");
        }
        seen_star = true;
        star_tok = &st;
        if (op(",")) {
          // bare '*'
          if (op(")", 1) && !lambda) raise_tok(st, "named arguments must follow bare *");
          if (op(":", 1) && lambda) raise_last("named arguments must follow bare *");
          if (op("**", 1)) {
            if (lambda) raise_last("named arguments must follow bare *");
            raise_tok(st, "named arguments must follow bare *");
          }
          take();
          star_bare_pending = true;
          continue;
        }
        if (op(close)) {
          if (lambda) raise_last("named arguments must follow bare *");
          raise_tok(st, "named arguments must follow bare *");
        }
        if (!name()) fail();
        auto a = param(lambda, true);
        a->op = "*";
        if (op("=")) raise_tok(tok(), "var-positional argument cannot have default value");
        L.push_back(std::move(a));
        if (op(",")) {
          take();
          continue;
        }
        if (!op(close)) fail();
        break;
      }
      if (op("**")) {
        take();
        if (!name()) fail();
        auto a = param(lambda);
        a->op = "**";
        if (op("=")) raise_tok(tok(), "var-keyword argument cannot have default value");
        L.push_back(std::move(a));
        seen_kwargs = true;
        if (op(",")) {
          take();
          continue;
        }
        if (!op(close)) fail();
        break;
      }
      if (op("(")) {
        // invalid_parameters: Function parameters cannot be parenthesized
        const Token& lp = tok();
        size_t save = p_, save_max = maxp_;
        take();
        bool ok = false;
        while (name()) {
          take();
          if (!lambda && op(":")) break;
          if (op(",")) {
            take();
            if (op(")")) { ok = true; break; }
            continue;
          }
          if (op(")")) ok = true;
          break;
        }
        if (ok && (lambda || !seen_star)) {
          const Token& rp = tok();
          raise(lambda ? "Lambda expression parameters cannot be parenthesized"
                       : "Function parameters cannot be parenthesized",
                lp.line, lp.col, rp.end_line, rp.end_col);
        }
        p_ = save;
        maxp_ = save_max;
        fail();
      }
      if (!name()) fail();
      auto a = param(lambda);
      if (op("=")) {
        const Token& eq = take();
        if (op(",") || op(close)) raise_tok(eq, "expected default value expression");
        a->a = expression();
        seen_default = true;
        default_phase = default_phase <= 1 ? 1 : 3;
      } else if (!seen_star && seen_default) {
        if ((default_phase == 1 || default_phase == 2) && (op(",") || op(close)))
          raise_node(a.get(), "non-default argument follows default argument");
        fail();
      }
      if (seen_star) a->op = "kwonly";
      star_bare_pending = false;
      L.push_back(std::move(a));
      if (op(",")) {
        take();
        continue;
      }
      if (!op(close)) fail();
      break;
    }
    if (star_bare_pending) {
      // "def f(*, ):" or "lambda *,: 0"
      if (lambda) raise_last("named arguments must follow bare *");
      raise_tok(*star_tok, "named arguments must follow bare *");
    }
    if (!L.empty()) {
      args->line = L.front()->line, args->col = L.front()->col;
      end_at(args.get(), L.back().get());
    }
    return args;
  }

  NodeP param(bool lambda, bool star = false) {
    const Token& n = take();
    auto a = mk(NK::Arg, n);
    a->str = n.text;
    if (!lambda && op(":")) {
      take();
      // annotation (kept in b; not part of the contract)
      a->b = star ? star_expression() : expression();
    }
    finish(a.get());
    return a;
  }

  // ========================================================== expressions
  NodeP star_expressions() {
    const Token& st0 = tok();
    NodeP first = star_expression();
    if (!op(",")) return first;
    auto t = mk(NK::Tuple, st0);
    t->list.push_back(std::move(first));
    while (op(",")) {
      take();
      if (!starts_expression() && !op("*")) break;
      t->list.push_back(star_expression());
    }
    finish(t.get());
    return t;
  }

  NodeP expressions() {
    const Token& st0 = tok();
    NodeP first = expression();
    if (!op(",")) return first;
    auto t = mk(NK::Tuple, st0);
    t->list.push_back(std::move(first));
    while (op(",")) {
      take();
      if (!starts_expression()) break;
      t->list.push_back(expression());
    }
    finish(t.get());
    return t;
  }

  NodeP star_expression() {
    if (op("*")) {
      const Token& st = take();
      auto s = mk(NK::Starred, st);
      s->a = bitwise_or();
      finish(s.get());
      return s;
    }
    return expression();
  }

  NodeP star_named_expression() {
    if (op("*")) {
      const Token& st = take();
      auto s = mk(NK::Starred, st);
      s->a = bitwise_or();
      finish(s.get());
      return s;
    }
    return named_expression();
  }

  bool starts_expression(size_t k = 0) {
    const Token& t = tok(k);
    switch (t.type) {
      case Tok::Number: case Tok::String: return true;
      case Tok::Name:
        if (!is_keyword(t.text)) return true;
        return t.text == "not" || t.text == "lambda" || t.text == "None" || t.text == "True" ||
               t.text == "False" || t.text == "await";
      case Tok::Op:
        return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" ||
               t.text == "~" || t.text == "...";
      default: return false;
    }
  }

  NodeP named_expression() {
    if (name() && op(":=", 1)) {
      const Token& n = take();
      auto tgt = mk(NK::Name, n);
      tgt->str = n.text;
      take();
      auto ne = mk(NK::NamedExpr, n);
      ne->a = std::move(tgt);
      ne->b = expression();
      finish(ne.get());
      return ne;
    }
    NodeP e = expression();
    if (op(":=")) {
      // invalid_named_expression: a=expression ':=' expression
      size_t save = p_;
      take();
      if (speculate([&] { return expression(); }))
        raise_node(e.get(), std::string("cannot use assignment expressions with ") + expr_name(e.get()));
      p_ = save;
    }
    if (op("=") && !no_invalid_) invalid_named_expression(e.get());
    return e;
  }

  // invalid_named_expression, tried when a named_expression is followed by '='.
  void invalid_named_expression(const Node* e) {
    // a=NAME '=' b=bitwise_or !('='|':=')
    // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
    bool name = e->kind == NK::Name && !is_paren(e);
    bool excluded = e->kind == NK::List || e->kind == NK::Tuple || e->kind == NK::GenExp ||
                    e->kind == NK::True || e->kind == NK::None || e->kind == NK::False;
    if (!name && (excluded || !is_bitwise_or_level(e))) return;
    size_t save = p_;
    take();  // '='
    NodeP b = speculate([&] { return bitwise_or(); });
    if (b && !op("=") && !op(":=")) {
      if (name) raise_range(e, b.get(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      raise_node(e, std::string("cannot assign to ") + expr_name(e) +
                        " here. Maybe you meant '==' instead of '='?");
    }
    p_ = save;
  }
  bool is_bitwise_or_level(const Node* e) {
    if (is_paren(e)) return true;
    switch (e->kind) {
      case NK::BoolOp: case NK::Compare: case NK::IfExp: case NK::Lambda: return false;
      case NK::Yield: case NK::YieldFrom: case NK::Starred: case NK::NamedExpr: return false;
      case NK::UnaryOp: return e->op != "not";
      default: return true;
    }
  }

  NodeP expression() {
    DepthGuard g(this);
    if (kw("lambda")) return lambdef();
    const Token& start = tok();
    NodeP a;
    if (p_ == off_disjunction_at_) {
      off_disjunction_at_ = (size_t)-1;
      no_invalid_++;
      try {
        a = disjunction();
      } catch (...) {
        no_invalid_--;
        throw;
      }
      no_invalid_--;
    } else {
      a = disjunction();
    }
    if (kw("if")) {
      // a 'if' b 'else' c; an incomplete one backtracks to `a` (PEG)
      size_t before_if = p_;
      take();
      NodeP test = attempt([&] { return disjunction(); });
      if (test && !kw("else") && !no_invalid_ && !op(":"))
        raise_range(a.get(), test.get(), "expected 'else' after 'if' expression");
      NodeP orelse;
      if (test && kw("else")) {
        take();
        orelse = attempt([&] { return expression(); });
      }
      if (!orelse) {
        p_ = before_if;
        return a;
      }
      auto e = mk(NK::IfExp, start);
      e->a = std::move(test);
      e->b = std::move(a);
      e->c = std::move(orelse);
      finish(e.get());
      return e;
    }
    if (!no_invalid_) {
      bool b_ok = invalid_expression(start, a.get());
      if (error_pass_) invalid_legacy_expression(start, a.get(), b_ok);
    }
    return a;
  }

  // invalid_expression / invalid_legacy_expression: a disjunction directly
  // followed by something that starts another expression.
  // Returns whether b=expression_without_invalid parsed.
  bool invalid_expression(const Token& start, Node* a) {
    if (!starts_expression()) return false;
    if (kw("not") && kw("in", 1)) return false;
    bool legacy = a->kind == NK::Name && (a->str == "print" || a->str == "exec");
    size_t save = p_, save_max = maxp_;
    // !(NAME STRING | SOFT_KEYWORD). CPython matches a soft keyword with
    // strncmp(keyword, token, len(token)), so any prefix of "match", "case"
    // or "_" counts (e.g. "c", "ma").
    size_t si = (size_t)(&start - &T[0]);
    bool excluded = false;
    if (start.type == Tok::Name && !is_keyword(start.text)) {
      if (si + 1 < T.size() && T[si + 1].type == Tok::String) excluded = true;
      for (const char* sk : {"match", "case", "_"}) {
        if (start.text.size() <= std::strlen(sk) && std::strncmp(sk, start.text.c_str(), start.text.size()) == 0)
          excluded = true;
      }
    }
    if (!excluded) {
      NodeP b;
      try {
        no_invalid_++;
        b = expression_without_invalid();
        no_invalid_--;
      } catch (ParseError&) {
        no_invalid_--;
        p_ = save;
        maxp_ = save_max;
        b = nullptr;
      }
      if (b) {
        if (prev().level > 0 && !legacy)
          raise_range(a, b.get(), "invalid syntax. Perhaps you forgot a comma?");
        p_ = save;
        maxp_ = save_max;
        return true;
      }
    }
    return false;
  }

  // invalid_legacy_expression: a=NAME !'(' b=star_expressions, which CPython's
  // second pass tries at every expression that starts with a name (and only
  // then checks for print/exec). Errors met while parsing b are reported.
  // When the expression is just the name and expression_without_invalid
  // already parsed what follows, CPython reuses that (memoised) result, so
  // the first element is parsed without the invalid_* checks here too.
  void invalid_legacy_expression(const Token& start, const Node* a, bool b_ok) {
    if (start.type != Tok::Name || is_keyword(start.text)) return;
    size_t si = (size_t)(&start - &T[0]);
    if (si + 1 >= T.size() || (T[si + 1].type == Tok::Op && T[si + 1].text == "(")) return;
    {
      // star_expressions cannot start there: nothing to try (and no exception to pay for)
      size_t keep = p_;
      p_ = si + 1;
      bool can = starts_expression() || op("*");
      p_ = keep;
      if (!can) return;
    }
    // Each position is tried once (CPython memoises); without this, nested
    // speculation would take exponential time.
    if (legacy_tried_.size() < T.size()) legacy_tried_.resize(T.size(), 0);
    if (legacy_tried_[si]) return;
    legacy_tried_[si] = 1;
    bool first_off = b_ok && a->kind == NK::Name && p_ == si + 1;
    size_t save = p_;
    p_ = si + 1;
    NodeP b = speculate([&] {
      // the disjunction there was memoised by the check-free parse of b
      if (first_off) off_disjunction_at_ = p_;
      NodeP first = star_expression();
      NodeP last = std::move(first);
      while (op(",")) {
        take();
        if (!starts_expression() && !op("*")) break;
        NodeP x = attempt([&] { return star_expression(); });
        if (!x) break;
        last = std::move(x);
      }
      return last;
    });
    off_disjunction_at_ = (size_t)-1;
    if (b && (start.text == "print" || start.text == "exec")) {
      const Token& last = T[p_ - 1];
      raise("Missing parentheses in call to '" + start.text + "'. Did you mean " + start.text + "(...)?",
            start.line, start.col, last.end_line, last.end_col);
    }
    p_ = save;
  }

  NodeP expression_without_invalid() {
    DepthGuard g(this);
    if (kw("lambda")) return lambdef();
    const Token& start = tok();
    NodeP a = disjunction();
    if (kw("if")) {
      size_t before_if = p_;
      take();
      NodeP test = attempt([&] { return disjunction(); });
      NodeP orelse;
      if (test && kw("else")) {
        take();
        orelse = attempt([&] { return expression(); });
      }
      if (!orelse) {
        p_ = before_if;
        return a;
      }
      auto e = mk(NK::IfExp, start);
      e->a = std::move(test);
      e->b = std::move(a);
      e->c = std::move(orelse);
      finish(e.get());
      return e;
    }
    return a;
  }

  NodeP lambdef() {
    const Token& l = take();
    auto e = mk(NK::Lambda, l);
    func_depth_++;
    struct Dec { int& d; ~Dec() { d--; } } dec{func_depth_};
    e->a = parameters(true);
    if (e->a->list.empty()) {
      e->a->line = l.line, e->a->col = l.col;
      e->a->end_line = l.line, e->a->end_col = l.col;
    }
    expect(":");
    e->b = expression();
    finish(e.get());
    return e;
  }

  NodeP disjunction() {
    const Token& st0 = tok();
    NodeP a = conjunction();
    if (!kw("or")) return a;
    auto e = mk(NK::BoolOp, st0);
    e->op = "or";
    e->list.push_back(std::move(a));
    while (kw("or")) {
      size_t before_op = p_;
      take();
      NodeP r = attempt([&] { return conjunction(); });
      if (!r) {
        p_ = before_op;
        break;
      }
      e->list.push_back(std::move(r));
    }
    if (e->list.size() == 1) return std::move(e->list[0]);
    finish(e.get());
    return e;
  }

  NodeP conjunction() {
    const Token& st0 = tok();
    NodeP a = inversion();
    if (!kw("and")) return a;
    auto e = mk(NK::BoolOp, st0);
    e->op = "and";
    e->list.push_back(std::move(a));
    while (kw("and")) {
      size_t before_op = p_;
      take();
      NodeP r = attempt([&] { return inversion(); });
      if (!r) {
        p_ = before_op;
        break;
      }
      e->list.push_back(std::move(r));
    }
    if (e->list.size() == 1) return std::move(e->list[0]);
    finish(e.get());
    return e;
  }

  NodeP inversion() {
    if (kw("not")) {
      DepthGuard g(this);
      const Token& n = take();
      auto e = mk(NK::UnaryOp, n);
      e->op = "not";
      e->a = inversion();
      finish(e.get());
      return e;
    }
    return comparison();
  }

  bool comp_op(std::string* o) {
    const Token& t = tok();
    if (t.type == Tok::Op) {
      if (t.text == "<" || t.text == ">" || t.text == "==" || t.text == ">=" || t.text == "<=" ||
          t.text == "!=") {
        *o = t.text;
        return true;
      }
      return false;
    }
    if (t.type == Tok::Name) {
      if (t.text == "in") { *o = "in"; return true; }
      if (t.text == "not" && kw("in", 1)) { *o = "not in"; return true; }
      if (t.text == "is") { *o = kw("not", 1) ? "is not" : "is"; return true; }
    }
    return false;
  }

  NodeP comparison() {
    const Token& st0 = tok();
    NodeP a = bitwise_or();
    std::string o;
    if (!comp_op(&o)) return a;
    auto e = mk(NK::Compare, st0);
    e->a = std::move(a);
    while (comp_op(&o)) {
      size_t before_op = p_;
      take();
      if (o == "not in" || o == "is not") take();
      NodeP r = attempt([&] { return bitwise_or(); });
      if (!r) {
        p_ = before_op;
        break;
      }
      e->names.push_back(o);
      e->list.push_back(std::move(r));
    }
    if (e->list.empty()) return std::move(e->a);
    finish(e.get());
    return e;
  }

  static int binop_prec(const Token& t) {
    if (t.type != Tok::Op) return 0;
    const std::string& s = t.text;
    if (s == "|") return 1;
    if (s == "^") return 2;
    if (s == "&") return 3;
    if (s == "<<" || s == ">>") return 4;
    if (s == "+" || s == "-") return 5;
    if (s == "*" || s == "/" || s == "//" || s == "%" || s == "@") return 6;
    return 0;
  }

  NodeP bitwise_or() { return binary(1); }

  // Precedence climbing over the left-associative binary operators.
  NodeP binary(int min_prec) {
    const Token& st0 = tok();
    NodeP left = factor();
    int chain = 0;
    for (;;) {
      int pr = binop_prec(tok());
      if (pr < min_prec || pr == 0) return left;
      chain_step(chain);
      size_t before_op = p_;
      std::string o = take().text;
      NodeP right = attempt([&] { return binary(pr + 1); });
      if (!right) {
        p_ = before_op;
        return left;
      }
      auto e = mk(NK::BinOp, st0);
      e->op = o;
      e->a = std::move(left);
      e->b = std::move(right);
      finish(e.get());
      left = std::move(e);
    }
  }

  NodeP factor() {
    if (op("+") || op("-") || op("~")) {
      DepthGuard g(this);
      const Token& t = take();
      auto e = mk(NK::UnaryOp, t);
      e->op = t.text;
      e->a = factor();
      finish(e.get());
      return e;
    }
    return power();
  }

  NodeP power() {
    const Token& st0 = tok();
    if (kw("await")) {
      take();
      NodeP x = primary();
      raise(func_depth_ ? "'await' outside async function" : "'await' outside function", st0.line,
            st0.col, x->end_line, x->end_col);
    }
    NodeP a = primary();
    if (op("**")) {
      DepthGuard g(this);
      size_t before_op = p_;
      take();
      NodeP b = attempt([&] { return factor(); });
      if (!b) {
        p_ = before_op;
        return a;
      }
      auto e = mk(NK::BinOp, st0);
      e->op = "**";
      e->a = std::move(a);
      e->b = std::move(b);
      finish(e.get());
      return e;
    }
    return a;
  }

  NodeP primary() {
    const Token& st0 = tok();
    NodeP a = atom();
    int chain = 0;
    for (;;) {
      if (op(".") || op("(") || op("[")) chain_step(chain);
      // A trailer that fails to parse is not consumed (PEG backtracking);
      // the caller then fails at it.
      if (op(".")) {
        if (!name(1)) return a;
        take();
        const Token& n = take();
        auto e = mk(NK::Attribute, st0);
        e->a = std::move(a);
        e->str = n.text;
        finish(e.get());
        a = std::move(e);
      } else if (op("(")) {
        DepthGuard g(this);
        size_t before = p_;
        take();
        std::vector<NodeP> args, kwargs;
        bool ok = true;
        try {
          arguments(args, kwargs, true);
          expect(")");
        } catch (ParseError&) {
          if (!err_generic) throw;
          ok = false;
        }
        if (!ok) {
          p_ = before;
          return a;
        }
        auto e = mk(NK::Call, st0);
        e->a = std::move(a);
        e->list = std::move(args);
        e->list2 = std::move(kwargs);
        finish(e.get());
        a = std::move(e);
      } else if (op("[")) {
        DepthGuard g(this);
        size_t before = p_;
        take();
        NodeP idx = attempt([&] {
          NodeP x = slices();
          expect("]");
          return x;
        });
        if (!idx) {
          p_ = before;
          return a;
        }
        auto e = mk(NK::Subscript, st0);
        e->a = std::move(a);
        e->b = std::move(idx);
        finish(e.get());
        a = std::move(e);
      } else {
        return a;
      }
    }
  }

  NodeP slices() {
    const Token& first = tok();
    NodeP s = slice();
    if (!op(",")) return s;
    auto t = mk(NK::Tuple, first);
    t->list.push_back(std::move(s));
    while (op(",")) {
      take();
      if (op("]")) break;
      if (op("*")) {
        const Token& st = take();
        auto e = mk(NK::Starred, st);
        e->a = expression();
        finish(e.get());
        t->list.push_back(std::move(e));
      } else {
        t->list.push_back(slice());
      }
    }
    finish(t.get());
    return t;
  }

  NodeP slice() {
    const Token& first = tok();
    if (op("*")) {
      const Token& st = take();
      auto e = mk(NK::Starred, st);
      e->a = expression();
      finish(e.get());
      return e;
    }
    NodeP lower;
    if (!op(":")) {
      lower = named_expression();
      if (!op(":")) return lower;
    }
    auto s = mk(NK::Slice, first);
    take();  // ':'
    s->a = std::move(lower);
    if (!op(":") && !op(",") && !op("]")) s->b = expression();
    if (op(":")) {
      take();
      if (!op(",") && !op("]")) s->c = expression();
    }
    finish(s.get());
    return s;
  }

  // Call arguments up to (not including) ')'. `call` is null for class bases.
  void arguments(std::vector<NodeP>& args, std::vector<NodeP>& kwargs, bool call) {
    bool seen_kw = false, seen_dstar = false;
    const Token& open = prev();
    while (!op(")")) {
      const Token& st = tok();
      if (op("*")) {
        take();
        auto e = mk(NK::Starred, st);
        e->a = expression();
        finish(e.get());
        if (seen_dstar) {
          raise_tok(st, "iterable argument unpacking follows keyword argument unpacking");
        }
        if (kw("for") && args.empty() && kwargs.empty())
          raise_node(e.get(), "iterable unpacking cannot be used in comprehension");
        args.push_back(std::move(e));
      } else if (op("**")) {
        take();
        auto k = mk(NK::Keyword, st);
        k->a = expression();
        finish(k.get());
        kwargs.push_back(std::move(k));
        seen_dstar = true;
      } else if (name() && op("=", 1)) {
        const Token& n = take();
        const Token& eq = take();
        auto k = mk(NK::Keyword, n);
        k->str = n.text;
        k->a = expression();
        if (kw("for")) {
          raise(std::string("invalid syntax. Maybe you meant '==' or ':=' instead of '='?"), n.line,
                n.col, eq.end_line, eq.end_col);
        }
        finish(k.get());
        kwargs.push_back(std::move(k));
        seen_kw = true;
      } else if ((kw("True") || kw("False") || kw("None")) && op("=", 1)) {
        const Token& n = take();
        const Token& eq = take();
        raise("cannot assign to " + n.text, n.line, n.col, eq.end_line, eq.end_col);
      } else {
        NodeP e;
        if (name() && op(":=", 1)) {
          e = named_expression();
        } else {
          e = expression();
        }
        if (op("=")) {
          // invalid_kwarg: !(NAME '=') a=expression b='='
          const Token& eq = tok();
          raise(std::string("expression cannot contain assignment, perhaps you meant \"==\"?"),
                e->line, e->col, eq.end_line, eq.end_col);
        }
        if (kw("for") && !call) fail();  // class C(x for x in y)
        if (kw("for")) {
          // generator expression argument
          auto g = mk(NK::GenExp, e.get());
          g->a = std::move(e);
          comprehension_clauses(g->list);
          bool alone = args.empty() && kwargs.empty() && op(")");
          if (!alone) {
            const Node* last = last_comp_item(g.get());
            if (args.empty() && kwargs.empty() && op(",")) {
              raise_range(g->a.get(), last, "Generator expression must be parenthesized");
            }
            raise_range(g->a.get(), last, "Generator expression must be parenthesized");
          }
          // the genexp's parentheses are the call's
          g->line = open.line, g->col = open.col;
          g->end_line = tok().end_line, g->end_col = tok().end_col;
          args.push_back(std::move(g));
          break;
        }
        if (seen_kw || seen_dstar) {
          // _PyPegen_arguments_parsing_error
          if (seen_dstar) raise_last("positional argument follows keyword argument unpacking");
          raise_last("positional argument follows keyword argument");
        }
        args.push_back(std::move(e));
      }
      if (op(",")) {
        take();
        continue;
      }
      if (!op(")")) {
        fail();
      }
      break;
    }
  }

  const Node* last_comp_item(const Node* comp) {
    const Node* c = comp->list.back().get();
    if (!c->list.empty()) return c->list.back().get();
    return c->b.get();
  }

  void comprehension_clauses(std::vector<NodeP>& out) {
    while (kw("for")) {
      const Token& f = take();
      auto c = mk(NK::Comprehension, f);
      c->a = for_target();
      take();  // 'in'
      c->b = disjunction();
      while (kw("if")) {
        take();
        c->list.push_back(disjunction());
      }
      finish(c.get());
      out.push_back(std::move(c));
    }
  }

  // --------------------------------------------------------------- atoms
  NodeP atom() {
    const Token& t = tok();
    switch (t.type) {
      case Tok::Name: {
        if (!is_keyword(t.text)) {
          take();
          auto n = mk(NK::Name, t);
          n->str = t.text;
          return n;
        }
        if (t.text == "True") { take(); return mk(NK::True, t); }
        if (t.text == "False") { take(); return mk(NK::False, t); }
        if (t.text == "None") { take(); return mk(NK::None, t); }
        fail();
      }
      case Tok::Number: return number();
      case Tok::String: return strings();
      case Tok::Op: {
        if (t.text == "(") return paren();
        if (t.text == "[") return list_display();
        if (t.text == "{") return brace_display();
        if (t.text == "...") { take(); return mk(NK::Ellipsis, t); }
        fail();
      }
      default: fail();
    }
  }

  NodeP number() {
    const Token& t = take();
    std::string s;
    for (char c : t.text)
      if (c != '_') s += c;
    if (!s.empty() && (s.back() == 'j' || s.back() == 'J')) {
      raise("complex numbers are not supported", t.line, t.col, t.end_line, t.end_col);
    }
    bool is_float = false;
    int base = 10;
    std::string digits = s;
    if (s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) base = 16, digits = s.substr(2);
    else if (s.size() > 1 && s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) base = 8, digits = s.substr(2);
    else if (s.size() > 1 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) base = 2, digits = s.substr(2);
    else {
      for (char c : s)
        if (c == '.' || c == 'e' || c == 'E') is_float = true;
    }
    if (is_float) {
      auto n = mk(NK::Float, t);
      n->fval = std::strtod(s.c_str(), nullptr);
      return n;
    }
    auto n = mk(NK::Int, t);
    uint64_t v = 0;
    bool overflow = false;
    for (char c : digits) {
      int d = (c >= '0' && c <= '9') ? c - '0' : (c | 0x20) - 'a' + 10;
      if (v > (uint64_t)(INT64_MAX - d) / (uint64_t)base) {
        overflow = true;
        break;
      }
      v = v * (uint64_t)base + (uint64_t)d;
    }
    if (overflow) {
      n->big = true;
      n->str = big_to_decimal(digits, base);
    } else {
      n->ival = (int64_t)v;
    }
    return n;
  }

  NodeP paren() {
    const Token& lp = take();
    DepthGuard g(this);
    if (op(")")) {
      take();
      auto t = mk(NK::Tuple, lp);
      finish(t.get());
      mark_paren(t.get());
      return t;
    }
    if (kw("yield")) {
      NodeP y = yield_expr();
      expect(")");
      mark_paren(y.get());
      return y;
    }
    if (op("**")) {
      // invalid_group: '(' '**' expression ')'
      const Token& ds = take();
      expression();
      if (op(")")) raise_tok(ds, "cannot use double starred expression here");
      fail();
    }
    NodeP first = star_named_expression();
    if (kw("for")) {
      if (first->kind == NK::Starred)
        raise_node(first.get(), "iterable unpacking cannot be used in comprehension");
      auto gexp = mk(NK::GenExp, lp);
      gexp->a = std::move(first);
      comprehension_clauses(gexp->list);
      expect(")");
      finish(gexp.get());
      return gexp;
    }
    if (op(")")) {
      if (first->kind == NK::Starred) raise_node(first.get(), "cannot use starred expression here");
      take();
      mark_paren(first.get());
      return first;  // group: keeps the inner node's span, like CPython
    }
    if (!op(",")) fail();
    auto t = mk(NK::Tuple, lp);
    t->list.push_back(std::move(first));
    while (op(",")) {
      take();
      if (op(")")) break;
      t->list.push_back(star_named_expression());
    }
    expect(")");
    finish(t.get());
    mark_paren(t.get());
    return t;
  }

  NodeP yield_expr() {
    const Token& y = take();
    if (kw("from")) {
      take();
      auto e = mk(NK::YieldFrom, y);
      e->a = expression();
      finish(e.get());
      return e;
    }
    auto e = mk(NK::Yield, y);
    if (starts_expression() || op("*")) e->a = star_expressions();
    finish(e.get());
    return e;
  }

  NodeP list_display() {
    const Token& lb = take();
    DepthGuard g(this);
    auto l = mk(NK::List, lb);
    if (op("]")) {
      take();
      finish(l.get());
      return l;
    }
    NodeP first = star_named_expression();
    if (kw("for")) {
      if (first->kind == NK::Starred)
        raise_node(first.get(), "iterable unpacking cannot be used in comprehension");
      auto c = mk(NK::ListComp, lb);
      c->a = std::move(first);
      comprehension_clauses(c->list);
      expect("]");
      finish(c.get());
      return c;
    }
    l->list.push_back(std::move(first));
    while (op(",")) {
      const Token& comma = take();
      if (op("]")) break;
      if (kw("for") && l->list.size() == 1) {
        const Node* a = l->list.front().get();
        raise("did you forget parentheses around the comprehension target?", a->line, a->col,
              comma.end_line, comma.end_col);
      }
      l->list.push_back(star_named_expression());
    }
    if (kw("for")) {
      // invalid_comprehension: did you forget parentheses around the comprehension target?
      const Node* a = l->list.front().get();
      if (prev().type == Tok::Op && prev().text == ",")
        raise(std::string("did you forget parentheses around the comprehension target?"), a->line,
              a->col, prev().end_line, prev().end_col);
      raise_range(a, l->list.back().get(), "did you forget parentheses around the comprehension target?");
    }
    expect("]");
    finish(l.get());
    return l;
  }

  NodeP brace_display() {
    const Token& lb = take();
    DepthGuard g(this);
    if (op("}")) {
      take();
      auto d = mk(NK::Dict, lb);
      finish(d.get());
      return d;
    }
    // dict?
    if (op("**")) return dict_rest(lb, nullptr);
    NodeP first = star_named_expression();
    if (op(":") && first->kind != NK::Starred) return dict_rest(lb, std::move(first));
    // set / setcomp
    if (kw("for")) {
      if (first->kind == NK::Starred)
        raise_node(first.get(), "iterable unpacking cannot be used in comprehension");
      auto c = mk(NK::SetComp, lb);
      c->a = std::move(first);
      comprehension_clauses(c->list);
      expect("}");
      finish(c.get());
      return c;
    }
    auto s = mk(NK::Set, lb);
    s->list.push_back(std::move(first));
    while (op(",")) {
      const Token& comma = take();
      if (op("}")) break;
      if (kw("for") && s->list.size() == 1) {
        const Node* a = s->list.front().get();
        raise("did you forget parentheses around the comprehension target?", a->line, a->col,
              comma.end_line, comma.end_col);
      }
      s->list.push_back(star_named_expression());
    }
    if (kw("for")) {
      const Node* a = s->list.front().get();
      if (prev().type == Tok::Op && prev().text == ",")
        raise(std::string("did you forget parentheses around the comprehension target?"), a->line,
              a->col, prev().end_line, prev().end_col);
      raise_range(a, s->list.back().get(), "did you forget parentheses around the comprehension target?");
    }
    expect("}");
    finish(s.get());
    return s;
  }

  // After '{' (and the first key if given, cursor at ':').
  NodeP dict_rest(const Token& lb, NodeP first_key) {
    auto d = mk(NK::Dict, lb);
    bool first = true;
    for (;;) {
      NodeP key;
      if (first && first_key) {
        key = std::move(first_key);
      } else if (op("**")) {
        const Token& ds = take();
        NodeP v = bitwise_or();
        if (kw("for")) raise_tok(ds, "dict unpacking cannot be used in dict comprehension");
        d->list.push_back(nullptr);
        d->list2.push_back(std::move(v));
        first = false;
        goto next;
      } else {
        // CPython reuses the first pass's (check-free) parse of a later key,
        // so `{a: 1, b c}` reports "':' expected", not a missing comma.
        no_invalid_++;
        try {
          key = expression();
        } catch (...) {
          no_invalid_--;
          throw;
        }
        no_invalid_--;
      }
      if (!op(":")) {
        // invalid_kvpair: ':' expected after dictionary key
        raise("':' expected after dictionary key", key->line, key->end_col - 1, key->end_line, 0);
      }
      {
        const Token& colon = take();
        if (op("}") || op(",")) raise_tok(colon, "expression expected after dictionary key and ':'");
        if (op("*")) {
          const Token& st = take();
          bitwise_or();
          raise("cannot use a starred expression in a dictionary value", st.line, st.col,
                T[maxp_].end_line, T[maxp_].end_col - 1);
        }
        NodeP val = expression();
        if (first && kw("for")) {
          auto c = mk(NK::DictComp, lb);
          c->a = std::move(key);
          c->b = std::move(val);
          comprehension_clauses(c->list);
          expect("}");
          finish(c.get());
          return c;
        }
        d->list.push_back(std::move(key));
        d->list2.push_back(std::move(val));
      }
      first = false;
    next:
      if (op(",")) {
        take();
        if (op("}")) break;
        continue;
      }
      break;
    }
    expect("}");
    finish(d.get());
    return d;
  }

  // ------------------------------------------------------------- strings
  NodeP strings() {
    const Token& first = tok();
    std::vector<const Token*> toks;
    while (at(Tok::String)) toks.push_back(&take());
    const Token& last = *toks.back();
    bool any_bytes = false, any_str = false, any_f = false;
    for (auto* t : toks) {
      StrInfo si = split_string_token(t->text);
      if (si.bytes) any_bytes = true;
      else any_str = true;
      if (si.fstr) any_f = true;
    }
    if (any_bytes && any_str) {
      raise_tok(tok(), "cannot mix bytes and nonbytes literals");
    }
    auto decode_plain = [&](const Token& t, const StrInfo& si, std::string* out) {
      if (si.bytes) {
        for (unsigned char c : si.body) {
          if (c >= 0x80)
            raise_tok(t, "bytes can only contain ASCII literal characters");
        }
      }
      if (si.raw) {
        *out += si.body;
        return;
      }
      std::string e;
      if (!decode_escapes(si.body, si.bytes, out, &e)) raise_tok(tok(), e);
    };
    if (any_bytes) {
      auto n = mk(NK::Bytes, first);
      for (auto* t : toks) decode_plain(*t, split_string_token(t->text), &n->str);
      n->end_line = last.end_line, n->end_col = last.end_col;
      return n;
    }
    if (!any_f) {
      auto n = mk(NK::Str, first);
      for (auto* t : toks) decode_plain(*t, split_string_token(t->text), &n->str);
      n->end_line = last.end_line, n->end_col = last.end_col;
      return n;
    }
    auto js = mk(NK::JoinedStr, first);
    js->end_line = last.end_line, js->end_col = last.end_col;
    std::string pending;
    bool have_pending = false;
    auto flush = [&]() {
      if (have_pending && !pending.empty()) {
        auto s = mk(NK::Str, js.get());
        s->str = std::move(pending);
        js->list.push_back(std::move(s));
      }
      pending.clear();
      have_pending = false;
    };
    for (auto* t : toks) {
      StrInfo si = split_string_token(t->text);
      if (!si.fstr) {
        decode_plain(*t, si, &pending);
        have_pending = true;
        continue;
      }
      FStr fs{*t, si, js.get(), js.get(), {}, 0, 0};
      // position of the body's first character
      fs.body = utf8_to_u32(si.body);
      fs.line = t->line;
      fs.col = t->col + (int)si.prefix_len + (int)si.quote_len;
      size_t i = 0;
      fstring_parts(fs, i, 0, pending, have_pending, flush);
    }
    flush();
    return js;
  }

  struct FStr {
    const Token& tok;
    StrInfo si;
    Node* js;   // the JoinedStr receiving parts (a format spec while parsing one)
    Node* top;  // the outermost JoinedStr
    std::u32string body;
    int line = 0, col = 0;  // source position of body[0]
  };

  // Source line/col of body index i.
  void fpos(const FStr& fs, size_t i, int* line, int* col) {
    int l = fs.line, c = fs.col;
    for (size_t k = 0; k < i && k < fs.body.size(); k++) {
      if (fs.body[k] == '\n') {
        l++;
        c = 1;
      } else {
        c++;
      }
    }
    *line = l, *col = c;
  }

  // CPython 3.11 reports f-string errors at the token after the string(s).
  [[noreturn]] void fraise(const FStr& fs, const std::string& msg, bool prefix = true) {
    (void)fs;
    raise_tok(tok(), prefix ? "f-string: " + msg : msg);
  }

  template <class Flush>
  void fstring_parts(FStr& fs, size_t& i, int spec_depth,
                     std::string& pending, bool& have_pending, Flush& flush) {
    // literal text and replacement fields until end (or '}' when in a spec)
    std::u32string& b = fs.body;
    std::string lit;
    auto emit_lit = [&]() {
      if (!lit.empty()) {
        std::string dec;
        if (fs.si.raw) {
          dec = lit;
        } else {
          std::string e;
          if (!decode_escapes(lit, false, &dec, &e))
            fraise(fs, e, false);
        }
        pending += dec;
        have_pending = true;
        lit.clear();
      }
    };
    while (i < b.size()) {
      char32_t c = b[i];
      if (c == '{') {
        if (spec_depth == 0 && i + 1 < b.size() && b[i + 1] == '{') {
          lit += '{';
          i += 2;
          continue;
        }
        emit_lit();
        flush();
        fs.js->list.push_back(replacement_field(fs, i, spec_depth));
        continue;
      }
      if (c == '}') {
        if (spec_depth > 0) break;
        if (i + 1 < b.size() && b[i + 1] == '}') {
          lit += '}';
          i += 2;
          continue;
        }
        fraise(fs, "single '}' is not allowed");
      }
      if (c == '\\' && !fs.si.raw && i + 1 < b.size()) {
        // keep escape pairs together (so "\{" is not split)
        append_utf8(lit, c);
        append_utf8(lit, b[i + 1]);
        i += 2;
        continue;
      }
      append_utf8(lit, c);
      i++;
    }
    emit_lit();
  }

  // At '{'. Parses one replacement field; leaves i after its '}'.
  NodeP replacement_field(FStr& fs, size_t& i, int spec_depth) {
    std::u32string& b = fs.body;
    if (spec_depth >= 2) fraise(fs, "expressions nested too deeply");
    i++;  // '{'
    size_t expr_start = i;
    // find end of expression
    std::vector<char32_t> stack;
    char32_t quote = 0;
    int qlen = 0;
    size_t expr_end = std::string::npos;
    while (i < b.size()) {
      char32_t c = b[i];
      if (c == '\\') fraise(fs, "f-string expression part cannot include a backslash", false);
      if (quote) {
        if (c == quote) {
          if (qlen == 3) {
            if (i + 2 < b.size() && b[i + 1] == quote && b[i + 2] == quote) {
              i += 3;
              quote = 0;
              continue;
            }
          } else {
            quote = 0;
          }
        }
        i++;
        continue;
      }
      if (c == '\'' || c == '"') {
        if (i + 2 < b.size() && b[i + 1] == c && b[i + 2] == c) {
          qlen = 3;
          quote = c;
          i += 3;
          continue;
        }
        qlen = 1;
        quote = c;
        i++;
        continue;
      }
      if (c == '[' || c == '(' || c == '{') {
        if (stack.size() >= 200) fraise(fs, "too many nested parenthesis");
        stack.push_back(c);
        i++;
        continue;
      }
      if (c == '#') fraise(fs, "f-string expression part cannot include '#'", false);
      if (stack.empty()) {
        if (c == '!' && i + 1 < b.size() && b[i + 1] == '=') {
          i += 2;
          continue;
        }
        if (c == '=' && i + 1 < b.size() && b[i + 1] == '=') {
          i += 2;
          continue;
        }
        if ((c == '<' || c == '>') && i + 1 < b.size() && b[i + 1] == '=') {
          i += 2;
          continue;
        }
        if (c == '}' || c == '!' || c == ':' || c == '=') {
          expr_end = i;
          break;
        }
      }
      if (c == ']' || c == ')' || c == '}') {
        if (stack.empty()) {
          std::string m = "unmatched '";
          append_utf8(m, c);
          m += "'";
          fraise(fs, m);
        }
        char32_t o = stack.back();
        stack.pop_back();
        if (!((o == '(' && c == ')') || (o == '[' && c == ']') || (o == '{' && c == '}'))) {
          std::string m = "closing parenthesis '";
          append_utf8(m, c);
          m += "' does not match opening parenthesis '";
          append_utf8(m, o);
          m += "'";
          fraise(fs, m);
        }
      }
      i++;
    }
    if (quote) fraise(fs, "unterminated string");
    if (expr_end == std::string::npos) {
      if (!stack.empty()) fraise(fs, "unmatched '" + std::string(1, (char)stack.back()) + "'");
      fraise(fs, "expecting '}'");
    }
    std::u32string expr_text = b.substr(expr_start, expr_end - expr_start);
    std::string expr_utf8;
    for (char32_t c : expr_text) append_utf8(expr_utf8, c);
    if (is_ws_only(expr_utf8)) {
      char32_t t = b[expr_end];
      if (t == '=' || t == ':' || t == '!')
        fraise(fs, std::string("expression required before '") + (char)t + "'");
      fraise(fs, "empty expression not allowed");
    }
    auto fv = mk(NK::FormattedValue, fs.top);
    // parse the expression: wrapped in parentheses like CPython
    int eline, ecol;
    fpos(fs, expr_start, &eline, &ecol);
    fv->a = parse_sub_expression(expr_utf8, eline, ecol, fs);
    // '=' debugging form
    if (b[i] == '=') {
      i++;
      std::string dbg = expr_utf8 + "=";
      // whitespace after '=' is part of the text
      while (i < b.size() && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n')) {
        append_utf8(dbg, b[i]);
        i++;
      }
      fv->str = dbg;
    }
    if (i < b.size() && b[i] == '!') {
      i++;
      if (i >= b.size()) fraise(fs, "expecting '}'");
      char32_t conv = b[i];
      if (conv == 's' || conv == 'r' || conv == 'a') {
        fv->op = std::string(1, (char)conv);
        i++;
      } else {
        fraise(fs, "invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    if (i < b.size() && b[i] == ':') {
      i++;
      auto spec = mk(NK::JoinedStr, fs.tok);
      // parse the spec into its own JoinedStr
      Node* saved = fs.js;
      fs.js = spec.get();
      std::string pend;
      bool havep = false;
      auto fl = [&]() {
        if (havep && !pend.empty()) {
          auto s = mk(NK::Str, fs.tok);
          s->str = std::move(pend);
          spec->list.push_back(std::move(s));
        }
        pend.clear();
        havep = false;
      };
      fstring_parts(fs, i, spec_depth + 1, pend, havep, fl);
      fl();
      fs.js = saved;
      fv->b = std::move(spec);
    }
    if (i >= b.size() || b[i] != '}') fraise(fs, "expecting '}'");
    i++;
    if (!fv->str.empty() && fv->op.empty() && !fv->b) fv->op = "r";
    return fv;
  }

  // Parses a replacement field's expression the way CPython 3.11 does: as the
  // source "(" + text + ")" starting on the expression's line. Errors keep
  // positions relative to that string (and its text), like CPython; the nodes
  // of a successful parse are moved to their real columns.
  NodeP parse_sub_expression(const std::string& text, int line, int col, const FStr& fs) {
    (void)fs;
    LexOptions o;
    o.line0 = line;
    o.col0 = 1;
    o.expr_mode = true;
    LexOutput sub = tokenize("(" + text + ")", o);
    if (sub.error) {
      err = sub.err;  // tokenizer messages carry no "f-string: " prefix
      throw ParseError{};
    }
    Parser sp(sub, depth_ + 1);
    sp.in_fstring = true;
    NodeP e;
    try {
      e = sp.fstring_expr();
    } catch (ParseError&) {
      err = sp.err;
      throw;
    }
    shift_columns(e.get(), line, col - 2);
    return e;
  }

  static void shift_columns(Node* n, int line, int delta) {
    if (!n) return;
    if (n->line == line) n->col += delta;
    if (n->end_line == line) n->end_col += delta;
    shift_columns(n->a.get(), line, delta);
    shift_columns(n->b.get(), line, delta);
    shift_columns(n->c.get(), line, delta);
    for (auto* l : {&n->list, &n->list2, &n->list3, &n->list4})
      for (auto& x : *l) shift_columns(x.get(), line, delta);
  }
};

NodeP run(const std::string& source, SyntaxErrorInfo* err, bool eval) {
  if (source.find('\0') != std::string::npos) {
    if (err) {
      *err = SyntaxErrorInfo{};
      err->message = "source code string cannot contain null bytes";
    }
    return nullptr;
  }
  LexOptions lo;
  lo.eval_input = eval;
  LexOutput lx = tokenize(source, lo);
  auto unclosed_error = [&]() {
    SyntaxErrorInfo e;
    e.message = "'" + lx.unclosed_char + "' was never closed";
    e.line = lx.unclosed_line;
    e.col = lx.unclosed_col;
    e.end_line = lx.unclosed_line;
    e.end_col = 0;
    if (lx.unclosed_line >= 1 && lx.unclosed_line <= (int)lx.lines.size())
      e.text = lx.lines[lx.unclosed_line - 1];
    return e;
  };
  auto report = [&](const SyntaxErrorInfo& e) {
    if (err) *err = e;
    return nullptr;
  };
  try {
    Parser p(lx);
    try {
      NodeP result = eval ? p.eval_input() : p.file();
      if (lx.error) return report(lx.err);  // cannot happen: the tokens end at the error
      return result;
    } catch (ParseError&) {
    }
    // Reaching the end of the tokens raises the tokenizer's error at once:
    // its own error, or "'(' was never closed" at the end inside brackets.
    if (p.err_fill_end && lx.error) return report(lx.err);
    if (p.err_fill_end && lx.unclosed) return report(unclosed_error());
    SyntaxErrorInfo e = p.err;
    bool generic = p.err_generic, at_indent = p.err_at_indent;
    int fill_line = p.err_fill_line;
    {
      // CPython's second pass runs its invalid_* rules from the start; the
      // first specialised message it meets wins (even one about a statement
      // before the one where the first pass failed, e.g. `print x`).
      Parser p2(lx);
      p2.error_pass_ = true;
      try {
        eval ? p2.eval_input() : p2.file();
      } catch (ParseError&) {
        if (p2.err_fill_end && lx.error) return report(lx.err);
        if (p2.err_fill_end && lx.unclosed) return report(unclosed_error());
        if (!p2.err_generic) {
          e = p2.err;
          generic = at_indent = false;
        }
        if (p2.err_fill_line > fill_line) fill_line = p2.err_fill_line;
      }
    }
    // A generic error at INDENT/DEDENT stands as "unexpected indent/unindent";
    // otherwise CPython tokenizes the rest of the source, and a tokenizer
    // error found there replaces the parser's error.
    if (generic && at_indent) return report(e);
    if (lx.error && !lx.error_deferred) return report(lx.err);
    if (lx.unclosed && fill_line > lx.unclosed_line) return report(unclosed_error());
    return report(e);
  } catch (std::bad_alloc&) {
    SyntaxErrorInfo e;
    e.message = kTooDeep;
    e.line = 1;
    e.col = 1;
    return report(e);
  }
}

}  // namespace

NodeP parse_module(const std::string& source, SyntaxErrorInfo* err) {
  return run(source, err, false);
}

NodeP parse_expression(const std::string& source, SyntaxErrorInfo* err) {
  return run(source, err, true);
}

}  // namespace yl
