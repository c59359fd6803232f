// The table of built-in modules: import name -> the function that builds it.
// Each module lives in its own file here and exposes one `make_<name>` function.
#include "module.h"

namespace yl {

void register_modules(VM& vm) {
  (void)vm;
}

}  // namespace yl
