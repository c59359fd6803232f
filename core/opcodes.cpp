#include "opcodes.h"

namespace yl {

const char* op_name(int op) {
  static const char* names[] = {
#define YL_NAME(n) #n,
      YL_OPCODES(YL_NAME)
#undef YL_NAME
  };
  return op >= 0 && op < int(sizeof names / sizeof *names) ? names[op] : "?";
}

}  // namespace yl
