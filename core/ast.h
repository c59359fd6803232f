// The syntax tree. One node struct with a kind tag and generic child slots
// keeps the parser and the compiler small; the table below says what each
// slot holds for each kind. Every node carries its source span (1-based line,
// 1-based column of the first character; end_col is one past the last).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace yl {

enum class NK : uint8_t {
  // ---- expressions ----
  Name,          // str = identifier
  Int,           // ival = value when it fits int64; else str = decimal digits, big = true
  Float,         // fval
  Str,           // str = decoded text (UTF-8)
  Bytes,         // str = raw bytes (b'..' literals)
  True, False, None, Ellipsis,
  JoinedStr,     // f-string: list = parts, each a Str node or a FormattedValue node
  FormattedValue,// a = expression; op = "" or "r"/"s"/"a" (the !conversion);
                 // b = format spec as a JoinedStr node, or null; str = "expr=" text for f"{x=}" (else empty)
  BinOp,         // op = "+","-","*","/","//","%","**","@","<<",">>","&","|","^"; a, b
  UnaryOp,       // op = "-","+","~","not"; a
  BoolOp,        // op = "and"/"or"; list = operands (2 or more)
  Compare,       // a = leftmost; names = operators ("<","<=",">",">=","==","!=","in","not in","is","is not"); list = comparators
  Call,          // a = callee; list = positional args (may contain Starred); list2 = Keyword nodes
  Keyword,       // str = name, or "" for **expr; a = value
  Attribute,     // a = object; str = attribute name
  Subscript,     // a = object; b = index (a Slice node, a Tuple node for a[1:2, 3], or any expression)
  Slice,         // a = lower, b = upper, c = step; each may be null
  Starred,       // a = expression (*x in calls, displays and assignment targets)
  List, Tuple, Set,   // list = elements
  Dict,          // list = keys (null entry for **mapping), list2 = values (same length)
  ListComp, SetComp, GenExp,  // a = element; list = Comprehension nodes, outermost first
  DictComp,      // a = key, b = value; list = Comprehension nodes
  Comprehension, // a = target, b = iterable, list = if-conditions
  Lambda,        // a = Arguments node; b = body expression
  IfExp,         // a = test, b = value if true, c = value if false
  NamedExpr,     // a = target (Name), b = value
  Yield,         // a = value or null
  YieldFrom,     // a = value
  Arguments,     // list = Arg nodes in order: posonly..., normal..., vararg?, kwonly..., kwarg?
  Arg,           // str = name; a = default value or null; op = "posonly" | "" | "*" | "kwonly" | "**"

  // ---- statements ----
  Module,        // list = body
  FunctionDef,   // str = name; a = Arguments; list = body; list2 = decorators (outermost first)
  ClassDef,      // str = name; list = body; list2 = decorators; list3 = bases; list4 = Keyword nodes
  Return,        // a = value or null
  Delete,        // list = targets
  Assign,        // list = targets (a = b = 1 gives two); b = value
  AugAssign,     // a = target; op = "+", "-", ... (operator without '='); b = value
  AnnAssign,     // a = target; b = annotation; c = value or null; op = "simple" for an unparenthesized name
  For,           // a = target; b = iterable; list = body; list2 = else body
  While,         // a = test; list = body; list2 = else body
  If,            // a = test; list = body; list2 = else body (an elif is a nested If alone in list2)
  With,          // list = WithItem nodes; list2 = body
  WithItem,      // a = context expression; b = target or null
  Raise,         // a = exception or null; b = cause or null
  Try,           // list = body; list2 = ExceptHandler nodes; list3 = else body; list4 = finally body
  ExceptHandler, // a = type expression or null; str = name or ""; list = body
  Assert,        // a = test; b = message or null
  Import,        // list = Alias nodes
  ImportFrom,    // str = module name (dotted); list = Alias nodes (str "*" for import *)
  Alias,         // str = dotted name; str2 = asname or ""
  Global, Nonlocal,  // names
  Expr,          // a = expression statement
  Pass, Break, Continue,
};

struct Node;
using NodeP = std::unique_ptr<Node>;

struct Node {
  NK kind;
  int line = 0, col = 0, end_line = 0, end_col = 0;
  std::string str, str2, op;
  int64_t ival = 0;
  double fval = 0;
  bool big = false;
  NodeP a, b, c;
  std::vector<NodeP> list, list2, list3, list4;
  std::vector<std::string> names;
  explicit Node(NK k) : kind(k) {}
};

// A syntax error as Python reports it.
struct SyntaxErrorInfo {
  std::string type = "SyntaxError";  // or "IndentationError", "TabError"
  std::string message;
  int line = 0, col = 0;             // 1-based
  int end_line = 0, end_col = 0;
  std::string text;                  // the offending source line, without newline
};

}  // namespace yl
