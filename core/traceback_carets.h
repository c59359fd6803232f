// The line of carets CPython 3.11 prints under a traceback's source line,
// marking the expression that failed ("~~~~^~~~" with the operator of a
// binary operation or the brackets of a subscript picked out).
#pragma once
#include <string>

namespace yl {

// `line` is the raw source line; col/end_col are 1-based byte columns of the
// failing expression (end exclusive) and `same_line` says whether it ends on
// this line. Returns the caret line with its newline, or "" when CPython
// would not print one (the expression spans the whole line).
std::string caret_line(const std::string& line, int col, int end_col, bool same_line);

}  // namespace yl
