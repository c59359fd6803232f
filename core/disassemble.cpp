#include "disassemble.h"
#include <cstdio>
#include "vm.h"

namespace yl {

namespace {
// The name an instruction's argument refers to, when it refers to one.
std::string meaning(VM& vm, const Code* c, Op op, uint32_t arg) {
  auto name_in = [&](const Vec<Value>& v) { return arg < v.size() ? vm.str_s(v[arg]) : std::string("?"); };
  switch (op) {
    case LOAD_CONST: return arg < c->consts.size() ? vm.repr_s(c->consts[arg]) : "?";
    case LOAD_FAST: case STORE_FAST: case DELETE_FAST: return name_in(c->varnames);
    case LOAD_GLOBAL: case STORE_GLOBAL: case DELETE_GLOBAL: case LOAD_NAME: case STORE_NAME:
    case DELETE_NAME: case LOAD_ATTR: case STORE_ATTR: case DELETE_ATTR: case LOAD_METHOD:
    case IMPORT_NAME: case IMPORT_FROM: return name_in(c->names);
    case LOAD_DEREF: case STORE_DEREF: case DELETE_DEREF: case LOAD_CLOSURE: case LOAD_CLASSDEREF:
      if (arg < c->cellnames.size()) return vm.str_s(c->cellnames[arg]);
      return arg - c->cellnames.size() < c->freenames.size() ? vm.str_s(c->freenames[arg - c->cellnames.size()]) : "?";
    // Operators by their Python spelling, in the order of BinOp, UnOp and CmpOp.
    case BINARY: case INPLACE: {
      static const char* const ops[] = {"+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"};
      std::string sym = arg < B_COUNT ? ops[arg] : "?";
      return op == INPLACE ? sym + "=" : sym;
    }
    case UNARY: {
      static const char* const ops[] = {"-", "+", "~", "not"};
      return arg < 4 ? ops[arg] : "?";
    }
    case COMPARE: {
      static const char* const ops[] = {"<", "<=", "==", "!=", ">", ">="};
      return arg < 6 ? ops[arg] : "?";
    }
    case JUMP: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case JUMP_IF_FALSE_OR_POP:
    case JUMP_IF_TRUE_OR_POP: case FOR_ITER: case SEND: case SETUP_EXCEPT: case SETUP_FINALLY:
    case SETUP_WITH: return "to " + std::to_string(arg);
    default: return "";
  }
}
}  // namespace

std::string disassemble(VM& vm, const Code* code) {
  std::string out = "code " + code->qualname + ":\n";
  char buf[64];
  for (size_t i = 0; i < code->ops.size(); ++i) {
    Op op = op_of(code->ops[i]);
    uint32_t arg = arg_of(code->ops[i]);
    std::snprintf(buf, sizeof buf, "%4d %4zu %-20s %u", code->lines[i], i, op_name(op), unsigned(arg));
    out += buf;
    std::string m = meaning(vm, code, op, arg);
    if (!m.empty()) out += " (" + m + ")";
    out += '\n';
  }
  for (Value k : code->consts)
    if (k.is_obj() && k.as_obj()->type == vm.t_code) out += "\n" + disassemble(vm, static_cast<const Code*>(k.as_obj()));
  return out;
}

}  // namespace yl
