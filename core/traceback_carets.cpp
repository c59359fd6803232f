#include "traceback_carets.h"
#include "parser.h"

namespace yl {

namespace {
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n'; }

// Characters (not bytes) in the first `bytes` bytes of UTF-8 text.
int chars_in(const std::string& s, size_t bytes) {
  int n = 0;
  for (size_t i = 0; i < bytes && i < s.size(); ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

struct Anchors { int left = -1, right = -1; };

// Within the failing expression's own text: the operator of a binary
// operation, or the [...] of a subscript (byte offsets into `segment`).
Anchors anchors_in(const std::string& segment) {
  Anchors a;
  SyntaxErrorInfo err;
  NodeP mod = parse_module(segment, &err);
  if (!mod || mod->list.size() != 1 || mod->list[0]->kind != NK::Expr) return a;
  const Node& e = *mod->list[0]->a;
  // Node columns are 1-based with exclusive ends; make them 0-based offsets.
  if (e.kind == NK::BinOp) {
    int from = e.a->end_col - 1, to = e.b->col - 1;
    for (int i = from; i < to; ++i) {
      if (is_space(segment[size_t(i)])) continue;
      a.left = i;
      a.right = i + 1;
      if (i + 1 < to && !is_space(segment[size_t(i) + 1])) ++a.right;  // two-character operator
      if (i + 1 < to && segment[size_t(i)] == ')') continue;            // still inside the left operand's parentheses
      break;
    }
    return a;
  }
  if (e.kind == NK::Subscript) {
    int len = int(segment.size());
    a.left = e.a->end_col - 1;
    a.right = e.b->end_col - 1 + 1;
    while (a.left < len && segment[size_t(a.left)] != '[') ++a.left;
    while (a.right < len && segment[size_t(a.right)] != ']') ++a.right;
    if (a.right < len) ++a.right;
  }
  return a;
}
}  // namespace

std::string caret_line(const std::string& line, int col, int end_col, bool same_line) {
  if (col < 1 || end_col < 1) return "";
  size_t start_b = size_t(col - 1), end_b = size_t(end_col - 1);
  if (start_b > line.size()) return "";
  size_t lead = 0;
  while (lead < line.size() && is_space(line[lead])) ++lead;
  size_t last = line.size();
  while (last > lead && is_space(line[last - 1])) --last;
  int stripped_chars = chars_in(line, last) - chars_in(line, lead);
  int start = chars_in(line, start_b), end;
  Anchors anchors;
  if (same_line) {
    if (end_b > line.size() || end_b < start_b) return "";
    end = chars_in(line, end_b);
    Anchors in_segment = anchors_in(line.substr(start_b, end_b - start_b));
    if (in_segment.left >= 0) {
      std::string segment = line.substr(start_b, end_b - start_b);
      anchors.left = chars_in(segment, size_t(in_segment.left)) + start;
      anchors.right = chars_in(segment, size_t(in_segment.right)) + start;
    }
  } else {
    end = chars_in(line, last);  // a multi-line expression: mark to the end of this line
  }
  bool special = anchors.left >= 0;
  if (end - start == stripped_chars && !special) return "";
  std::string out = "    ";
  for (int p = chars_in(line, lead) + 1; p <= end; ++p) {
    if (p <= start) out += ' ';
    else if (special && anchors.left < p && p <= anchors.right) out += '^';
    else out += special ? '~' : '^';
  }
  return out + "\n";
}

}  // namespace yl
