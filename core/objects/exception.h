// Exception instances: an Instance (so user subclasses may add attributes)
// plus args, chaining and the traceback collected while unwinding.
#pragma once
#include "objects/function.h"

namespace yl {

struct TracebackEntry {
  Code* code;   // owned
  int line;
  int col;      // 1-based; 0 when unknown
  int end_line = 0, end_col = 0;  // end of the failing expression (exclusive)
};

struct ExceptionObj : Instance {
  Value args;                    // Tuple
  Value cause, context;          // may be None
  bool suppress_context = false;
  Vec<TracebackEntry> traceback; // innermost first
  explicit ExceptionObj(Type* t);
  ~ExceptionObj() override;
  void traverse(Visitor& v) override;
  void clear() override;
};

}  // namespace yl
