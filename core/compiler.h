// AST -> bytecode: one Code object per function, lambda, comprehension and
// class body, with a line and column for every instruction.
#pragma once
#include <string>
#include "ast.h"
#include "object.h"

namespace yl {

class VM;
struct Code;

// Module: a program. Console: a console line (expression statements print
// their value like the REPL). Eval: a module of one expression statement,
// whose code returns the expression's value.
enum class CompileMode { Module, Console, Eval };

// Returns the module's code object (a new reference), or null with *err set.
// In Console mode an expression statement prints its value like the REPL.
Code* compile(VM& vm, const Node& module, const std::string& filename, CompileMode mode,
              SyntaxErrorInfo* err);

// Stack effect of an instruction, for the stack-size computation and tests.
int stack_effect(int op, uint32_t arg, bool jump);

}  // namespace yl
