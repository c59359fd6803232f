// Human-readable bytecode listings: for debugging the compiler and for the
// golden-disassembly unit tests.
#pragma once
#include <string>

namespace yl {

class VM;
struct Code;

// One line per instruction ("line offset OPNAME arg (meaning)"), then the
// listings of the code objects among its constants.
std::string disassemble(VM& vm, const Code* code);

}  // namespace yl
