// Scope analysis: decides for every name in every scope whether it is a fast
// local, a cell (captured by an inner function), a free variable (taken from
// an enclosing function), a global, or a name looked up dynamically (module
// and class bodies), following Python's rules.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>
#include "ast.h"

namespace yl {

enum class Sym : uint8_t { Local, Cell, Free, GlobalExplicit, GlobalImplicit, Name };

struct Scope {
  enum Kind { Module, Function, Class, Comprehension } kind;
  std::string name;
  Scope* parent = nullptr;
  const Node* node = nullptr;
  bool generator = false;
  bool has_varargs = false, has_varkw = false;

  enum : uint8_t { kAssigned = 1, kParam = 2, kGlobal = 4, kNonlocal = 8, kUsed = 16 };
  std::unordered_map<std::string, uint8_t> flags;
  std::vector<std::string> params;     // in order
  std::vector<std::string> order;      // first-seen order of every name

  // Filled by analysis.
  std::unordered_map<std::string, Sym> syms;
  std::vector<std::string> varnames, cellvars, freevars;
  std::vector<Scope*> children;

  Sym lookup(const std::string& n) const;
  void note(const std::string& n, uint8_t f);
};

struct SymbolTable {
  std::unordered_map<const Node*, std::unique_ptr<Scope>> scopes;
  Scope* module = nullptr;
  Scope* of(const Node* n) const { return scopes.at(n).get(); }
};

// Builds and analyses the scopes of a module. Returns false with *err set for
// errors Python reports at this stage (nonlocal without binding, ...).
bool build_symtable(const Node& module, SymbolTable& st, SyntaxErrorInfo* err);

}  // namespace yl
