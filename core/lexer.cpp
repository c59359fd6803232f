// Tokenizer modelled on CPython 3.11's Parser/tokenizer.c (same decisions,
// same messages, same error positions).
#include "lexer.h"

#include <cstdio>
#include <cstring>

namespace yl {

namespace {

const char* const kKeywords[] = {
    "False", "None",   "True",    "and",      "as",     "assert", "async", "await",
    "break", "class",  "continue", "def",     "del",    "elif",   "else",  "except",
    "finally", "for",  "from",    "global",   "if",     "import", "in",    "is",
    "lambda", "nonlocal", "not",  "or",       "pass",   "raise",  "return", "try",
    "while", "with",   "yield",
};

constexpr int kMaxLevel = 200;   // MAXLEVEL in tokenizer.c
constexpr int kMaxIndent = 100;  // MAXINDENT
constexpr int kTabSize = 8;

bool is_id_start(char32_t c) {
  if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  return true;  // checked later by valid_identifier_char
}
bool is_id_char(char32_t c) {
  if (c < 128) return is_id_start(c) || (c >= '0' && c <= '9');
  return true;
}
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_xdigit(char32_t c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Approximation of XID_Continue for non-ASCII code points: everything except
// the common punctuation/symbol/space blocks.
bool valid_identifier_char(char32_t c) {
  if (c < 128) return is_id_char(c);
  if (c < 0xA0) return false;  // C1 controls
  if (c <= 0xBF) return c == 0xAA || c == 0xB5 || c == 0xBA || c == 0xB7;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x206F) return c == 0x203F || c == 0x2040 || c == 0x2054;
  if (c >= 0x20A0 && c <= 0x20CF) return false;  // currency
  if (c >= 0x2190 && c <= 0x23FF) return false;  // arrows, math operators, technical
  if (c >= 0x2400 && c <= 0x27BF) return false;  // box drawing, shapes, dingbats
  if (c >= 0x27C0 && c <= 0x2BFF) return false;
  if (c >= 0x2E00 && c <= 0x2E7F) return false;
  if (c >= 0x3000 && c <= 0x3004) return false;
  if (c >= 0x3008 && c <= 0x3020) return false;
  if (c >= 0xFE10 && c <= 0xFE1F) return false;
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  if (c >= 0xFF00 && c <= 0xFF0F) return false;
  if (c >= 0xFF1A && c <= 0xFF20) return false;
  if (c >= 0xFFF0 && c <= 0xFFFF) return false;
  if (c >= 0x1F000 && c <= 0x1FAFF) return false;  // emoji and symbols
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  if (c == 0xFEFF) return false;
  return true;
}
bool valid_identifier_start(char32_t c) {
  if (c < 128) return is_id_start(c);
  if (c == 0xB7) return false;
  if (c >= 0x300 && c <= 0x36F) return false;  // combining marks
  return valid_identifier_char(c);
}
bool is_printable(char32_t c) {
  if (c < 32 || c == 127) return false;
  if (c >= 0x80 && c < 0xA0) return false;
  if (c == 0xA0 || c == 0xAD) return false;
  if (c >= 0x2000 && c <= 0x200F) return false;
  if (c >= 0x2028 && c <= 0x202F) return false;
  if (c >= 0x205F && c <= 0x206F) return false;
  if (c == 0x3000 || c == 0xFEFF) return false;
  return true;
}

std::string to_utf8(const std::u32string& s, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to && i < s.size(); i++) append_utf8(out, s[i]);
  return out;
}

class Lexer {
public:
  Lexer(const std::string& src, const LexOptions& opt) : opt_(opt) {
    // Universal newlines, like compile().
    std::string norm;
    norm.reserve(src.size() + 1);
    for (size_t i = 0; i < src.size(); i++) {
      if (src[i] == '\r') {
        norm += '\n';
        if (i + 1 < src.size() && src[i + 1] == '\n') i++;
      } else {
        norm += src[i];
      }
    }
    s_ = utf8_to_u32(norm);
    // split into lines for error text
    std::string cur;
    for (char ch : norm) {
      if (ch == '\n') {
        out_.lines.push_back(cur);
        cur.clear();
      } else {
        cur += ch;
      }
    }
    out_.lines.push_back(cur);
    // CPython appends a newline to input that lacks one.
    if (!opt_.expr_mode && !opt_.eval_input && (s_.empty() || s_.back() != '\n')) s_ += U'\n';
    line_ = opt_.line0;
    line_start_ = 0;
    out_.line0 = opt_.line0;
  }

  LexOutput run() {
    try {
      lex_all();
    } catch (Stop&) {
    }
    return std::move(out_);
  }

private:
  struct Stop {};
  LexOptions opt_;
  std::u32string s_;
  size_t pos_ = 0;
  int line_;
  size_t line_start_;
  LexOutput out_;
  std::vector<int> indstack_{0}, altindstack_{0};
  struct Paren { char32_t ch; int line; int col; };
  std::vector<Paren> parens_;
  bool atbol_ = true;

  char32_t peek(size_t k = 0) const { return pos_ + k < s_.size() ? s_[pos_ + k] : 0; }
  bool eof() const { return pos_ >= s_.size(); }
  int col_at(size_t p, size_t ls, int line) const {
    int c = (int)(p - ls) + 1;
    if (line == opt_.line0) c += opt_.col0 - 1;
    return c;
  }
  int col() const { return col_at(pos_, line_start_, line_); }
  char32_t next() {
    if (pos_ >= s_.size()) return 0;
    char32_t c = s_[pos_++];
    if (c == '\n') {
      line_++;
      line_start_ = pos_;
    }
    return c;
  }

  std::string line_text(int line) const {
    int idx = line - opt_.line0;
    if (idx >= 0 && idx < (int)out_.lines.size()) return out_.lines[idx];
    return "";
  }

  // `deferred`: CPython reports these (indentation, TabError, backslash
  // continuation) only when the parser reaches them; the others replace any
  // parser error.
  [[noreturn]] void error(const std::string& msg, int line, int col, int end_line, int end_col,
                          const char* type = "SyntaxError", bool deferred = false) {
    out_.error = true;
    out_.error_deferred = deferred;
    out_.err.type = type;
    out_.err.message = msg;
    out_.err.line = line;
    out_.err.col = col;
    out_.err.end_line = end_line;
    out_.err.end_col = end_col;
    out_.err.text = line_text(line);
    throw Stop{};
  }
  void push(Tok t, int sline, int scol, std::string text) {
    Token tk;
    tk.type = t;
    tk.text = std::move(text);
    tk.line = sline;
    tk.col = scol;
    tk.end_line = line_;
    tk.end_col = col();
    tk.level = (int)parens_.size();
    out_.tokens.push_back(std::move(tk));
  }

  void lex_all() {
    for (;;) {
      if (lex_one()) break;
    }
  }

  // Handles backslash continuation; cursor is just after the backslash.
  void continuation() {
    int c = col();  // column just after the backslash
    int l = line_;
    if (peek() != '\n') {
      error("unexpected character after line continuation character", l, c, l, 0, "SyntaxError", true);
    }
    next();
    if (eof()) {
      error("unexpected EOF while parsing", l, c, l, -1, "SyntaxError", true);
    }
  }

  // Returns true when finished.
  bool lex_one() {
    bool blankline = false;
    if (atbol_ && !opt_.expr_mode) {
      atbol_ = false;
      int c = 0, altc = 0, cont_col = 0;
      for (;;) {
        char32_t ch = peek();
        if (ch == ' ' && !eof()) {
          c++, altc++;
          next();
        } else if (ch == '\t') {
          c = (c / kTabSize + 1) * kTabSize;
          altc = altc + 1;
          next();
        } else if (ch == '\f') {
          c = altc = 0;
          next();
        } else if (ch == '\\') {
          cont_col = cont_col ? cont_col : c;
          next();
          continuation();
        } else {
          break;
        }
      }
      char32_t ch = peek();
      if (ch == '#' || ch == '\n') blankline = true;
      if (!blankline && parens_.empty()) {
        if (eof() && (!opt_.eval_input || (!s_.empty() && s_.back() == '\n'))) c = altc = 0, cont_col = 0;
        if (cont_col) c = altc = cont_col;
        if (c == indstack_.back()) {
          if (altc != altindstack_.back()) tab_error();
        } else if (c > indstack_.back()) {
          if ((int)indstack_.size() >= kMaxIndent) {
            error("too many levels of indentation", line_, col_of_line_end(), line_, -1,
                  "IndentationError", true);
          }
          if (altc <= altindstack_.back()) tab_error();
          indstack_.push_back(c);
          altindstack_.push_back(altc);
          Token tk;
          tk.type = Tok::Indent;
          tk.line = tk.end_line = line_;
          tk.col = 1;
          tk.end_col = col();
          out_.tokens.push_back(tk);
        } else {
          int n = 0;
          while (indstack_.size() > 1 && c < indstack_.back()) {
            indstack_.pop_back();
            altindstack_.pop_back();
            n++;
          }
          if (c != indstack_.back()) {
            int e = col_of_line_end();
            error("unindent does not match any outer indentation level", line_, e, line_, -1,
                  "IndentationError", true);
          }
          if (altc != altindstack_.back()) tab_error();
          for (int i = 0; i < n; i++) {
            Token tk;
            tk.type = Tok::Dedent;
            if (eof()) {
              eof_position(&tk);
            } else {
              tk.line = tk.end_line = line_;
              tk.col = tk.end_col = col();
            }
            out_.tokens.push_back(tk);
          }
        }
      }
    }
  again:
    // skip spaces
    while (!eof() && (peek() == ' ' || peek() == '\t' || peek() == '\f')) next();
    if (peek() == '#') {
      while (!eof() && peek() != '\n') next();
    }
    if (eof()) {
      if (!parens_.empty() && !opt_.expr_mode) {
        out_.unclosed = true;
        out_.unclosed_line = parens_.back().line;
        out_.unclosed_col = parens_.back().col;
        std::string pc;
        append_utf8(pc, parens_.back().ch);
        out_.unclosed_char = pc;
      }
      Token tk;
      tk.type = Tok::End;
      eof_position(&tk);
      tk.level = (int)parens_.size();
      out_.tokens.push_back(tk);
      return true;
    }
    size_t start = pos_;
    int sline = line_, scol = col();
    char32_t c = peek();

    // identifiers and string prefixes
    if (is_id_start(c)) {
      bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
      for (;;) {
        char32_t d = peek();
        if (!(saw_b || saw_u || saw_f) && (d == 'b' || d == 'B')) saw_b = true;
        else if (!(saw_b || saw_u || saw_r || saw_f) && (d == 'u' || d == 'U')) saw_u = true;
        else if (!(saw_r || saw_u) && (d == 'r' || d == 'R')) saw_r = true;
        else if (!(saw_f || saw_b || saw_u) && (d == 'f' || d == 'F')) saw_f = true;
        else break;
        next();
        if (peek() == '"' || peek() == '\'') {
          lex_string(start, sline, scol);
          return false;
        }
      }
      while (!eof() && is_id_char(peek())) next();
      // verify identifier
      bool nonascii = false;
      for (size_t i = start; i < pos_; i++)
        if (s_[i] >= 128) nonascii = true;
      if (nonascii) {
        for (size_t i = start; i < pos_; i++) {
          bool ok = (i == start) ? valid_identifier_start(s_[i]) : valid_identifier_char(s_[i]);
          if (!ok) {
            pos_ = i + 1;
            invalid_char(s_[i], col_at(i, line_start_, line_));
          }
        }
      }
      push(Tok::Name, sline, scol, to_utf8(s_, start, pos_));
      return false;
    }

    if (c == '\n') {
      next();
      atbol_ = true;
      if (blankline || !parens_.empty() || opt_.expr_mode) goto nextline;
      Token tk;
      tk.type = Tok::Newline;
      tk.line = tk.end_line = sline;
      tk.col = scol;
      tk.end_col = scol;
      tk.text = "";
      out_.tokens.push_back(tk);
      return false;
    }

    if (c == '.' && is_digit(peek(1))) {
      lex_number(start, sline, scol);
      return false;
    }
    if (c == '.' && peek(1) == '.' && peek(2) == '.') {
      next(), next(), next();
      push(Tok::Op, sline, scol, "...");
      return false;
    }
    if (is_digit(c)) {
      lex_number(start, sline, scol);
      return false;
    }
    if (c == '\'' || c == '"') {
      lex_string(start, sline, scol);
      return false;
    }
    if (c == '\\') {
      next();
      continuation();
      goto again;
    }

    // operators
    {
      static const char* const ops3[] = {"**=", "//=", ">>=", "<<=", nullptr};
      static const char* const ops2[] = {"->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
                                         "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
                                         "<>", nullptr};
      auto match = [&](const char* op) {
        size_t n = std::strlen(op);
        for (size_t i = 0; i < n; i++)
          if (peek(i) != (char32_t)(unsigned char)op[i]) return false;
        return true;
      };
      for (int i = 0; ops3[i]; i++) {
        if (match(ops3[i])) {
          for (int k = 0; k < 3; k++) next();
          push(Tok::Op, sline, scol, ops3[i]);
          return false;
        }
      }
      for (int i = 0; ops2[i]; i++) {
        if (match(ops2[i])) {
          next(), next();
          push(Tok::Op, sline, scol, ops2[i]);
          return false;
        }
      }
    }
    if (c >= 128 || (c < 32 && c != '\t' && c != '\f') || c == 127) {
      next();
      if (c >= 128 && is_printable(c)) invalid_char(c, scol);
      char buf[64];
      std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", (unsigned)c);
      error(buf, sline, scol, sline, scol);
    }
    next();
    switch (c) {
      case '(': case '[': case '{':
        if ((int)parens_.size() >= kMaxLevel) {
          int off = col() - 1;
          error("too many nested parentheses", line_, off, line_, off);
        }
        parens_.push_back({c, sline, scol});
        break;
      case ')': case ']': case '}': {
        int off = col() - 1;
        if (parens_.empty()) {
          std::string m = "unmatched '";
          append_utf8(m, c);
          m += "'";
          error(m, line_, off, line_, off);
        }
        Paren op = parens_.back();
        parens_.pop_back();
        if (!((op.ch == '(' && c == ')') || (op.ch == '[' && c == ']') ||
              (op.ch == '{' && c == '}'))) {
          std::string m = "closing parenthesis '";
          append_utf8(m, c);
          m += "' does not match opening parenthesis '";
          append_utf8(m, op.ch);
          m += "'";
          if (op.line != line_) m += " on line " + std::to_string(op.line);
          error(m, line_, off, line_, off);
        }
        break;
      }
      default:
        break;
    }
    {
      std::string t;
      append_utf8(t, c);
      push(Tok::Op, sline, scol, t);
    }
    return false;
  nextline:
    return false;
  }

  int col_of_line_end() const {
    size_t p = pos_;
    while (p < s_.size() && s_[p] != '\n') p++;
    return col_at(p, line_start_, line_);
  }

  // CPython places ENDMARKER (and DEDENTs at the end) on the last line, with
  // the tokenizer cursor after that line's newline.
  void eof_position(Token* tk) {
    if (opt_.eval_input && (s_.empty() || s_.back() != '\n')) {
      // ENDMARKER right after the last character; no line was read at all
      // for empty input (CPython reports line 0)
      tk->line = tk->end_line = s_.empty() ? 0 : line_;
      tk->col = tk->end_col = (int)(pos_ - line_start_) + 1 + 1;
      return;
    }
    if (opt_.expr_mode) {
      tk->line = tk->end_line = line_;
      tk->col = tk->end_col = col();
      return;
    }
    int last = line_ - 1;
    if (last < opt_.line0) last = opt_.line0;
    size_t ls = s_.size();
    if (ls > 0) ls--;  // the final newline
    while (ls > 0 && s_[ls - 1] != '\n') ls--;
    int len = (int)(s_.size() - ls);  // characters including the newline
    tk->line = tk->end_line = last;
    tk->col = tk->end_col = len + 1;  // "cursor column" + 1, see Parser::raise_tok
  }

  [[noreturn]] void tab_error() {
    error("inconsistent use of tabs and spaces in indentation", line_, 1, line_, 0, "TabError", true);
  }

  [[noreturn]] void invalid_char(char32_t c, int ccol) {
    char buf[80];
    if (!is_printable(c)) {
      std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", (unsigned)c);
    } else {
      std::string ch;
      append_utf8(ch, c);
      std::snprintf(buf, sizeof buf, "invalid character '%s' (U+%04X)", ch.c_str(), (unsigned)c);
    }
    error(buf, line_, ccol, line_, ccol);
  }

  // verify_end_of_number: cursor at the char after the number.
  void verify_end(const char* kind) {
    char32_t c = peek();
    bool r = false;
    // CPython's lookahead(): the keyword must end there.
    auto la = [&](const char* rest) {
      size_t i = 0;
      for (; rest[i]; i++)
        if (peek(1 + i) != (char32_t)rest[i]) return false;
      char32_t after = peek(1 + i);
      return !(after != 0 && is_id_char(after));
    };
    if (c == 'a') r = la("nd");
    else if (c == 'e') r = la("lse");
    else if (c == 'f') r = la("or");
    else if (c == 'i') r = peek(1) == 'f' || peek(1) == 'n' || peek(1) == 's';
    else if (c == 'o') r = la("r");
    else if (c == 'n') r = la("ot");
    if (r) return;
    if (c != 0 && is_id_char(c)) {
      int off = col() - 1;
      error(std::string("invalid ") + kind + " literal", line_, off, line_, off);
    }
  }

  void decimal_tail() {
    for (;;) {
      while (is_digit(peek())) next();
      if (peek() != '_') break;
      next();
      if (!is_digit(peek())) {
        int off = col() - 1;
        error("invalid decimal literal", line_, off, line_, off);
      }
    }
  }

  void lex_number(size_t start, int sline, int scol) {
    char32_t c = peek();
    auto finish = [&]() { push(Tok::Number, sline, scol, to_utf8(s_, start, pos_)); };
    auto exponent_and_rest = [&]() {
      if (peek() == 'e' || peek() == 'E') {
        // exponent
        char32_t c1 = peek(1);
        if (c1 == '+' || c1 == '-') {
          if (!is_digit(peek(2))) {
            next(), next();
            int off = col() - 1;
            error("invalid decimal literal", line_, off, line_, off);
          }
          next(), next();
        } else if (!is_digit(c1)) {
          // "1e" followed by non digit: number ends before 'e'
          verify_end("decimal");
          finish();
          return;
        } else {
          next();
        }
        decimal_tail();
      }
      if (peek() == 'j' || peek() == 'J') {
        next();
        verify_end("imaginary");
      } else {
        verify_end("decimal");
      }
      finish();
    };
    if (c == '.') {
      next();
      decimal_tail();
      exponent_and_rest();
      return;
    }
    if (c == '0') {
      next();
      char32_t d = peek();
      if (d == 'x' || d == 'X' || d == 'o' || d == 'O' || d == 'b' || d == 'B') {
        next();
        char kindc = (char)(d | 0x20);
        const char* kind = kindc == 'x' ? "hexadecimal" : kindc == 'o' ? "octal" : "binary";
        auto ok = [&](char32_t ch) {
          if (kindc == 'x') return is_xdigit(ch);
          if (kindc == 'o') return ch >= '0' && ch <= '7';
          return ch == '0' || ch == '1';
        };
        for (;;) {
          if (peek() == '_') next();
          if (!ok(peek())) {
            if (kindc != 'x' && is_digit(peek())) {
              next();
              int off = col() - 1;
              char buf[64];
              std::snprintf(buf, sizeof buf, "invalid digit '%c' in %s literal", (char)s_[pos_ - 1],
                            kind);
              error(buf, line_, off, line_, off);
            }
            int off = col() - 1;
            error(std::string("invalid ") + kind + " literal", line_, off, line_, off);
          }
          while (ok(peek())) next();
          if (peek() != '_') break;
        }
        if (kindc != 'x' && is_digit(peek())) {
          next();
          int off = col() - 1;
          char buf[64];
          std::snprintf(buf, sizeof buf, "invalid digit '%c' in %s literal", (char)s_[pos_ - 1], kind);
          error(buf, line_, off, line_, off);
        }
        verify_end(kind);
        finish();
        return;
      }
      bool nonzero = false;
      for (;;) {
        if (peek() == '_') {
          next();
          if (!is_digit(peek())) {
            int off = col() - 1;
            error("invalid decimal literal", line_, off, line_, off);
          }
        }
        if (peek() != '0') break;
        next();
      }
      int zeros_end = col();
      if (is_digit(peek())) {
        nonzero = true;
        decimal_tail();
      }
      char32_t e = peek();
      if (e == '.') {
        next();
        if (is_digit(peek())) decimal_tail();
        exponent_and_rest();
        return;
      }
      if (e == 'e' || e == 'E' || e == 'j' || e == 'J') {
        exponent_and_rest();
        return;
      }
      if (nonzero) {
        error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
              "octal integers",
              sline, scol, sline, zeros_end);
      }
      verify_end("decimal");
      finish();
      return;
    }
    decimal_tail();
    if (peek() == '.') {
      next();
      if (is_digit(peek())) decimal_tail();
    }
    exponent_and_rest();
  }

  void lex_string(size_t start, int sline, int scol) {
    char32_t quote = next();
    int qsize = 1, endq = 0;
    if (peek() == quote) {
      next();
      if (peek() == quote) {
        next();
        qsize = 3;
      } else {
        endq = 1;
      }
    }
    while (endq != qsize) {
      if (eof() || (qsize == 1 && peek() == '\n')) {
        int detected = line_;
        if (eof() && !opt_.expr_mode && detected > sline) detected--;
        std::string msg = qsize == 3 ? "unterminated triple-quoted string literal (detected at line "
                                     : "unterminated string literal (detected at line ";
        msg += std::to_string(detected) + ")";
        error(msg, sline, scol, sline, scol);
      }
      char32_t c = next();
      if (c == quote) {
        endq++;
      } else {
        endq = 0;
        if (c == '\\' && !eof()) next();
      }
    }
    push(Tok::String, sline, scol, to_utf8(s_, start, pos_));
  }
};

}  // namespace

bool is_keyword(const std::string& s) {
  for (const char* k : kKeywords)
    if (s == k) return true;
  return false;
}

std::u32string utf8_to_u32(const std::string& s) {
  std::u32string out;
  out.reserve(s.size());
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    char32_t cp;
    int len;
    if (c < 0x80) cp = c, len = 1;
    else if ((c >> 5) == 6) cp = c & 0x1F, len = 2;
    else if ((c >> 4) == 14) cp = c & 0x0F, len = 3;
    else if ((c >> 3) == 30) cp = c & 0x07, len = 4;
    else {
      out += (char32_t)0xFFFD;
      i++;
      continue;
    }
    if (i + len > n) {
      out += (char32_t)0xFFFD;
      i++;
      continue;
    }
    bool bad = false;
    for (int k = 1; k < len; k++) {
      unsigned char d = (unsigned char)s[i + k];
      if ((d >> 6) != 2) {
        bad = true;
        break;
      }
      cp = (cp << 6) | (d & 0x3F);
    }
    if (bad) {
      out += (char32_t)0xFFFD;
      i++;
      continue;
    }
    out += cp;
    i += len;
  }
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += (char)c;
  } else if (c < 0x800) {
    out += (char)(0xC0 | (c >> 6));
    out += (char)(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += (char)(0xE0 | (c >> 12));
    out += (char)(0x80 | ((c >> 6) & 0x3F));
    out += (char)(0x80 | (c & 0x3F));
  } else {
    out += (char)(0xF0 | (c >> 18));
    out += (char)(0x80 | ((c >> 12) & 0x3F));
    out += (char)(0x80 | ((c >> 6) & 0x3F));
    out += (char)(0x80 | (c & 0x3F));
  }
}

size_t utf8_length(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) n++;
  return n;
}

LexOutput tokenize(const std::string& source, const LexOptions& opt) {
  Lexer lx(source, opt);
  return lx.run();
}

StrInfo split_string_token(const std::string& tok) {
  StrInfo si;
  size_t i = 0;
  while (i < tok.size() && tok[i] != '\'' && tok[i] != '"') {
    char c = (char)(tok[i] | 0x20);
    if (c == 'r') si.raw = true;
    if (c == 'b') si.bytes = true;
    if (c == 'f') si.fstr = true;
    i++;
  }
  si.prefix_len = i;
  if (tok.size() >= i + 6 && tok[i + 1] == tok[i] && tok[i + 2] == tok[i]) {
    si.triple = true;
    si.quote_len = 3;
  } else {
    si.quote_len = 1;
  }
  size_t b = i + si.quote_len;
  size_t e = tok.size() >= si.quote_len ? tok.size() - si.quote_len : b;
  if (e < b) e = b;
  si.body = tok.substr(b, e - b);
  return si;
}

bool decode_escapes(const std::string& body, bool bytes, std::string* out, std::string* error) {
  std::string& o = *out;
  size_t n = body.size();
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)body[i];
    if (c != '\\') {
      if (bytes && c >= 0x80) {
        *error = "bytes can only contain ASCII literal characters";
        return false;
      }
      o += (char)c;
      i++;
      continue;
    }
    if (i + 1 >= n) {  // cannot happen for a well-formed token
      o += '\\';
      i++;
      continue;
    }
    char e = body[i + 1];
    size_t esc_start = i;
    i += 2;
    switch (e) {
      case '\n': break;
      case '\\': o += '\\'; break;
      case '\'': o += '\''; break;
      case '"': o += '"'; break;
      case 'a': o += '\a'; break;
      case 'b': o += '\b'; break;
      case 'f': o += '\f'; break;
      case 'n': o += '\n'; break;
      case 'r': o += '\r'; break;
      case 't': o += '\t'; break;
      case 'v': o += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned v = (unsigned)(e - '0');
        for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; k++, i++)
          v = v * 8 + (unsigned)(body[i] - '0');
        if (bytes) o += (char)(v & 0xFF);
        else append_utf8(o, (char32_t)v);
        break;
      }
      case 'x': case 'u': case 'U': {
        if (bytes && e != 'x') {
          o += '\\';
          o += e;
          break;
        }
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        unsigned long v = 0;
        int k = 0;
        for (; k < digits && i < n && is_xdigit((unsigned char)body[i]); k++, i++) {
          char h = body[i];
          v = v * 16 + (unsigned long)(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
        }
        if (k < digits) {
          char buf[160];
          size_t p0 = utf8_length(body.substr(0, esc_start));
          size_t p1 = p0 + utf8_length(body.substr(esc_start, i - esc_start)) - 1;
          if (bytes) {
            std::snprintf(buf, sizeof buf, "(value error) invalid \\x escape at position %zu", p0);
          } else {
            std::snprintf(buf, sizeof buf,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                          "%zu-%zu: truncated \\%s escape",
                          p0, p1, e == 'x' ? "xXX" : e == 'u' ? "uXXXX" : "UXXXXXXXX");
          }
          *error = buf;
          return false;
        }
        if (bytes) {
          o += (char)v;
        } else {
          if (v > 0x10FFFF) {
            char buf[160];
            size_t p0 = utf8_length(body.substr(0, esc_start));
            std::snprintf(buf, sizeof buf,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                          "%zu-%zu: illegal Unicode character",
                          p0, p0 + 9);
            *error = buf;
            return false;
          }
          append_utf8(o, (char32_t)v);
        }
        break;
      }
      case 'N': {
        if (!bytes) {
          // \N{name} needs the Unicode name database, which the runtime does not carry.
          size_t p0 = utf8_length(body.substr(0, esc_start));
          size_t close = (i < n && body[i] == '{') ? body.find('}', i) : std::string::npos;
          char buf[200];
          if (close != std::string::npos) {
            size_t p1 = p0 + utf8_length(body.substr(esc_start, close - esc_start));
            std::snprintf(buf, sizeof buf,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                          "%zu-%zu: unknown Unicode character name",
                          p0, p1);
          } else {
            size_t p1 = (i < n && body[i] == '{') ? p0 + utf8_length(body.substr(esc_start)) - 1 : p0 + 1;
            std::snprintf(buf, sizeof buf,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                          "%zu-%zu: malformed \\N character escape",
                          p0, p1);
          }
          *error = buf;
          return false;
        }
        o += "\\N";
        break;
      }
      default:
        // unknown escape: kept as backslash + char
        o += '\\';
        i--;  // re-process the char (may be multibyte / non-ascii check)
        break;
    }
  }
  return true;
}

}  // namespace yl
