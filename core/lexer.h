// The tokenizer: turns Python source into tokens the way CPython 3.11's
// tokenizer does (NEWLINE/INDENT/DEDENT, implicit line joining inside
// brackets, backslash continuation), including its error messages.
// String tokens keep their raw text; the parser decodes them (see
// decode_string / parse of f-strings in parser.cpp).
#pragma once
#include <string>
#include <vector>

#include "ast.h"

namespace yl {

enum class Tok : uint8_t {
  Name,     // identifiers and keywords (see is_keyword)
  Number,   // raw text, e.g. "0x_ff", "1.5e3"
  String,   // raw text including prefix and quotes, e.g. "rb'..'"
  Op,       // operators and delimiters, text = the operator
  Newline,
  Indent,
  Dedent,
  End,      // end of input
};

struct Token {
  Tok type;
  std::string text;  // raw source text (UTF-8)
  int line = 0, col = 0;          // 1-based, col counts characters
  int end_line = 0, end_col = 0;  // end_col is one past the last character
  int level = 0;                  // bracket nesting depth after this token
};

// True for Python's hard keywords ("if", "None", ...).
bool is_keyword(const std::string& s);

struct LexOutput {
  std::vector<Token> tokens;  // always ends with an End token unless error
  bool error = false;         // a tokenizer error was found; tokens hold what came before it
  bool error_deferred = false;  // reported only if the parser gets that far (see lexer.cpp)
  SyntaxErrorInfo err;
  // Input ended inside brackets (no other error): CPython reports
  // "'(' was never closed" at the innermost open bracket.
  bool unclosed = false;
  int unclosed_line = 0, unclosed_col = 0;
  std::string unclosed_char;
  std::vector<std::string> lines;  // source lines (UTF-8, no newline), for error text
  int line0 = 1;                   // line number of lines[0]
};

struct LexOptions {
  int line0 = 1, col0 = 1;  // position of the first character
  bool expr_mode = false;   // no NEWLINE/INDENT/DEDENT (used for f-string parts)
  bool eval_input = false;  // like compile(..., "eval"): no newline is added at the end
};

// Tokenizes the whole input.
LexOutput tokenize(const std::string& source, const LexOptions& opt = {});

// Decodes the text of one string literal token (prefix and quotes included).
// For f-strings it only strips prefix/quotes (the parser handles the rest).
// Returns false and sets *error on a bad escape.
struct StrInfo {
  bool raw = false, bytes = false, fstr = false, triple = false;
  size_t prefix_len = 0, quote_len = 1;
  std::string body;  // raw text between the quotes
};
StrInfo split_string_token(const std::string& tok);
// Decodes escapes in `body`. For bytes, result holds raw bytes.
bool decode_escapes(const std::string& body, bool bytes, std::string* out, std::string* error);

// UTF-8 helpers shared with the parser.
std::u32string utf8_to_u32(const std::string& s);
void append_utf8(std::string& out, char32_t c);
size_t utf8_length(const std::string& s);  // number of code points

}  // namespace yl
