#include "unparse.h"

namespace yl {

namespace {

// A str literal as repr() shows it: single quotes unless the text has one
// and no double quote.
std::string quote(const std::string& s) {
  char q = s.find('\'') != std::string::npos && s.find('"') == std::string::npos ? '"' : '\'';
  std::string out(1, q);
  for (char c : s) {
    if (c == '\\') out += "\\\\";
    else if (c == q) { out += '\\'; out += c; }
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else out += c;
  }
  return out + q;
}

std::string joined(const std::vector<NodeP>& items) {
  std::string s;
  for (size_t i = 0; i < items.size(); ++i) s += (i ? ", " : "") + unparse(*items[i]);
  return s;
}

}  // namespace

std::string unparse(const Node& n) {
  switch (n.kind) {
    case NK::Name: return n.str;
    case NK::Int: return n.big ? n.str : std::to_string(n.ival);
    case NK::Str: return quote(n.str);
    case NK::True: return "True";
    case NK::False: return "False";
    case NK::None: return "None";
    case NK::Ellipsis: return "...";
    case NK::Attribute: return unparse(*n.a) + "." + n.str;
    case NK::Subscript: {
      const Node& i = *n.b;
      std::string index = i.kind == NK::Tuple && !i.list.empty() ? joined(i.list) : unparse(i);
      return unparse(*n.a) + "[" + index + "]";
    }
    case NK::Tuple: return n.list.size() == 1 ? "(" + unparse(*n.list[0]) + ",)" : "(" + joined(n.list) + ")";
    case NK::List: return "[" + joined(n.list) + "]";
    case NK::BinOp: return unparse(*n.a) + " " + n.op + " " + unparse(*n.b);
    case NK::UnaryOp: return n.op == "not" ? "not " + unparse(*n.a) : n.op + unparse(*n.a);
    case NK::Call: {
      std::string args = joined(n.list);
      for (auto& k : n.list2) args += std::string(args.empty() ? "" : ", ") + (k->str.empty() ? "**" : k->str + "=") + unparse(*k->a);
      return unparse(*n.a) + "(" + args + ")";
    }
    default: return "...";  // forms annotations do not use
  }
}

}  // namespace yl
