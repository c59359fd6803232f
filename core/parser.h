// Recursive-descent parser for the Python 3.11 subset described in ast.h.
// Syntax errors are reported with CPython 3.11's messages and positions
// (SyntaxErrorInfo.col/end_col are CPython's offset/end_offset, 1-based
// character columns; like CPython, end_col may be 0 or -1 when CPython
// leaves it unset).
#pragma once
#include <string>

#include "ast.h"

namespace yl {

// Parses a whole module. On error returns null and fills *err like CPython 3.11 would report it.
NodeP parse_module(const std::string& source, SyntaxErrorInfo* err);
// Parses a single expression (for the console / eval); same error contract.
NodeP parse_expression(const std::string& source, SyntaxErrorInfo* err);

}  // namespace yl
