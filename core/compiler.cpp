#include "compiler.h"
#include "unparse.h"
#include <map>
#include "opcodes.h"
#include "symtable.h"
#include "vm.h"

namespace yl {

namespace {

struct CompileError { SyntaxErrorInfo info; };

// An enclosing construct that break/continue/return must unwind through.
struct FBlock {
  enum Kind { ForLoop, WhileLoop, TryFinally, Handler, FinallyHandler, With } kind;
  int cont = -1, brk = -1;
  const std::vector<NodeP>* finally_body = nullptr;
  std::string handler_name;   // `except E as name`: cleared when leaving
};

struct Unit {
  Code* code;
  Scope* scope;
  std::string qualname;
  std::vector<FBlock> fblocks;
  std::vector<int> label_pos;
  std::vector<std::pair<size_t, int>> patches;
  std::map<std::string, int> const_index, name_index;
  int line = 1, col = 1, end_line = 1, end_col = 1;
};

class Compiler {
public:
  Compiler(VM& vm, const std::string& filename, SymbolTable& st, CompileMode mode)
      : vm_(vm), filename_(filename), st_(st), mode_(mode) {}

  Code* module(const Node& mod) {
    Unit* u = open_unit(st_.module, "<module>", "<module>", 1);
    if (mode_ == CompileMode::Eval) {
      if (mod.list.size() != 1 || mod.list[0]->kind != NK::Expr) fail(mod, "expected an expression");
      expr(*mod.list[0]->a);
      emit(RETURN_VALUE);
      return close_unit(u);
    }
    for (auto& s : mod.list)
      if (s->kind == NK::ImportFrom && s->str == "__future__")
        for (auto& al : s->list) if (al->str == "annotations") future_annotations_ = true;
    setup_annotations(mod.list);
    for (auto& s : mod.list) stmt(*s);
    load_const(Value::none());
    emit(RETURN_VALUE);
    return close_unit(u);
  }

private:
  VM& vm_;
  bool future_annotations_ = false;  // `from __future__ import annotations`: annotations stay source text
  std::string filename_;
  SymbolTable& st_;
  CompileMode mode_;
  std::vector<std::unique_ptr<Unit>> units_;
  Unit* u_ = nullptr;

  [[noreturn]] void fail(const Node& n, const std::string& msg) {
    CompileError e;
    e.info.message = msg; e.info.line = n.line; e.info.col = n.col;
    e.info.end_line = n.end_line; e.info.end_col = n.end_col;
    throw e;
  }

  // ---- units and emission ----
  Unit* open_unit(Scope* scope, const std::string& name, const std::string& qualname, int firstline) {
    auto u = std::make_unique<Unit>();
    u->scope = scope;
    u->qualname = qualname;
    Code* c = make<Code>(vm_.t_code);
    c->name = name; c->qualname = qualname; c->filename = filename_; c->firstline = firstline;
    u->code = c;
    u->line = firstline;
    for (auto& v : scope->varnames) c->varnames.push_back(vm_.intern(v));
    for (auto& v : scope->cellvars) {
      c->cellnames.push_back(vm_.intern(v));
      int from = -1;
      for (size_t i = 0; i < scope->params.size(); ++i) if (scope->params[i] == v) from = int(i);
      c->cell_from_arg.push_back(from);
    }
    for (auto& v : scope->freevars) c->freenames.push_back(vm_.intern(v));
    for (Value v : c->varnames) incref(v);
    for (Value v : c->cellnames) incref(v);
    for (Value v : c->freenames) incref(v);
    if (scope->generator) c->flags |= Code::kGenerator;
    if (scope->has_varargs) c->flags |= Code::kVarArgs;
    if (scope->has_varkw) c->flags |= Code::kVarKw;
    if (scope->kind == Scope::Module) c->flags |= Code::kModule;
    if (scope->kind == Scope::Class) c->flags |= Code::kClassBody;
    units_.push_back(std::move(u));
    u_ = units_.back().get();
    return u_;
  }

  Code* close_unit(Unit* u) {
    for (auto& [at, label] : u->patches)
      u->code->ops[at] = encode(op_of(u->code->ops[at]), uint32_t(u->label_pos[label]));
    Code* c = u->code;
    compute_stack(c);
    units_.pop_back();
    u_ = units_.empty() ? nullptr : units_.back().get();
    return c;
  }

  void emit(Op op, uint32_t arg = 0) {
    u_->code->ops.push_back(encode(op, arg));
    u_->code->lines.push_back(u_->line);
    u_->code->cols.push_back(u_->col);
    u_->code->end_lines.push_back(u_->end_line);
    u_->code->end_cols.push_back(u_->end_col);
  }
  int new_label() { u_->label_pos.push_back(-1); return int(u_->label_pos.size() - 1); }
  void bind(int label) { u_->label_pos[label] = int(u_->code->ops.size()); }
  void jump(Op op, int label) { u_->patches.push_back({u_->code->ops.size(), label}); emit(op, 0); }
  void at(const Node& n) {
    u_->line = n.line; u_->col = n.col;
    u_->end_line = n.end_line ? n.end_line : n.line;
    u_->end_col = n.end_line ? n.end_col : n.col;
  }

  uint32_t add_const(Value v, const std::string& key) {
    auto it = u_->const_index.find(key);
    if (it != u_->const_index.end()) { decref(v); return uint32_t(it->second); }
    u_->code->consts.push_back(v);  // takes the reference
    int i = int(u_->code->consts.size() - 1);
    u_->const_index[key] = i;
    return uint32_t(i);
  }
  void load_const(Value v) {
    std::string key;
    if (v.is_none()) key = "N";
    else if (v.is_bool()) key = v.is_true() ? "T" : "F";
    else if (v.is_int()) key = "i" + std::to_string(v.as_int());
    else { incref(v); key = "o" + std::to_string(v.bits()); }
    emit(LOAD_CONST, add_const(v, key));
  }
  void load_str(const std::string& s) {
    Value v = vm_.intern(s); incref(v);
    emit(LOAD_CONST, add_const(v, "s" + s));
  }
  uint32_t name_idx(const std::string& n) {
    auto it = u_->name_index.find(n);
    if (it != u_->name_index.end()) return uint32_t(it->second);
    Value v = vm_.intern(n); incref(v);
    u_->code->names.push_back(v);
    int i = int(u_->code->names.size() - 1);
    u_->name_index[n] = i;
    return uint32_t(i);
  }
  int var_idx(const std::string& n) {
    auto& vs = u_->scope->varnames;
    for (size_t i = 0; i < vs.size(); ++i) if (vs[i] == n) return int(i);
    return -1;
  }
  int cell_idx(Scope* s, const std::string& n) {
    for (size_t i = 0; i < s->cellvars.size(); ++i) if (s->cellvars[i] == n) return int(i);
    for (size_t i = 0; i < s->freevars.size(); ++i) if (s->freevars[i] == n) return int(s->cellvars.size() + i);
    return -1;
  }

  // ---- names ----
  enum class Ctx { Load, Store, Del };
  void name_op(const std::string& n, Ctx ctx) {
    Scope* s = u_->scope;
    Sym sym = s->lookup(n);
    if (s->kind == Scope::Class && sym == Sym::Free && ctx == Ctx::Load) {
      emit(LOAD_CLASSDEREF, cell_idx(s, n)); return;
    }
    if (s->kind == Scope::Class && sym == Sym::Free) sym = Sym::Name;
    switch (sym) {
      case Sym::Local:
        emit(ctx == Ctx::Load ? LOAD_FAST : ctx == Ctx::Store ? STORE_FAST : DELETE_FAST, var_idx(n)); return;
      case Sym::Cell: case Sym::Free:
        emit(ctx == Ctx::Load ? LOAD_DEREF : ctx == Ctx::Store ? STORE_DEREF : DELETE_DEREF, cell_idx(s, n)); return;
      case Sym::GlobalExplicit: case Sym::GlobalImplicit:
        emit(ctx == Ctx::Load ? LOAD_GLOBAL : ctx == Ctx::Store ? STORE_GLOBAL : DELETE_GLOBAL, name_idx(n)); return;
      case Sym::Name:
        if (s->kind == Scope::Module)
          emit(ctx == Ctx::Load ? LOAD_GLOBAL : ctx == Ctx::Store ? STORE_GLOBAL : DELETE_GLOBAL, name_idx(n));
        else
          emit(ctx == Ctx::Load ? LOAD_NAME : ctx == Ctx::Store ? STORE_NAME : DELETE_NAME, name_idx(n));
        return;
    }
  }

  // ---- statements ----
  void body(const std::vector<NodeP>& b) { for (auto& s : b) stmt(*s); }

  void stmt(const Node& n) {
    at(n);
    switch (n.kind) {
      case NK::Expr:
        if (mode_ == CompileMode::Console && u_->scope->kind == Scope::Module) {
          expr(*n.a); at(n); emit(PRINT_EXPR);
        } else {
          expr(*n.a); at(n); emit(POP_TOP);
        }
        break;
      case NK::Assign:
        if (n.list.size() == 1 && swap_assign(*n.list[0], *n.b)) break;
        expr(*n.b);
        for (size_t i = 0; i < n.list.size(); ++i) {
          if (i + 1 < n.list.size()) emit(DUP_TOP);
          store(*n.list[i]);
        }
        break;
      case NK::AugAssign: aug_assign(n); break;
      case NK::AnnAssign: ann_assign(n); break;
      case NK::Pass: emit(NOP); break;
      case NK::If: if_stmt(n); break;
      case NK::While: while_stmt(n); break;
      case NK::For: for_stmt(n); break;
      case NK::Break: case NK::Continue: break_continue(n); break;
      case NK::Return: return_stmt(n); break;
      case NK::FunctionDef: function_def(n); break;
      case NK::ClassDef: class_def(n); break;
      case NK::Raise:
        if (n.a) expr(*n.a);
        if (n.b) expr(*n.b);
        at(n);
        emit(RAISE, n.a ? (n.b ? 2 : 1) : 0);
        break;
      case NK::Try: try_stmt(n); break;
      case NK::With: with_stmt(n, 0); break;
      case NK::Assert: {
        int ok = new_label();
        // CPython points a failed assert at its test expression.
        jump_if(*n.a, true, ok, *n.a);
        emit(LOAD_ASSERTION_ERROR);
        if (n.b) { expr(*n.b); at(*n.a); emit(CALL, 1); }
        emit(RAISE, 1);
        bind(ok);
        break;
      }
      case NK::Delete: for (auto& t : n.list) del(*t); break;
      case NK::Global: case NK::Nonlocal: break;
      case NK::Import:
        for (auto& al : n.list) {
          bool leaf = !al->str2.empty();
          emit(IMPORT_NAME, name_idx(al->str) | (leaf ? 1u << 23 : 0));
          name_op(leaf ? al->str2 : al->str.substr(0, al->str.find('.')), Ctx::Store);
        }
        break;
      case NK::ImportFrom:
        emit(IMPORT_NAME, name_idx(n.str) | (1u << 23));
        for (auto& al : n.list) {
          if (al->str == "*") { emit(IMPORT_STAR); return; }
          emit(IMPORT_FROM, name_idx(al->str));
          name_op(al->str2.empty() ? al->str : al->str2, Ctx::Store);
        }
        emit(POP_TOP);
        break;
      default: fail(n, "unsupported statement");
    }
  }

  void aug_assign(const Node& n) {
    static const std::map<std::string, BinOp> ops = {
        {"+", B_ADD}, {"-", B_SUB}, {"*", B_MUL}, {"/", B_TRUEDIV}, {"//", B_FLOORDIV},
        {"%", B_MOD}, {"**", B_POW}, {"@", B_MATMUL}, {"<<", B_LSHIFT}, {">>", B_RSHIFT},
        {"&", B_AND}, {"|", B_OR}, {"^", B_XOR}};
    BinOp op = ops.at(n.op);
    const Node& t = *n.a;
    if (t.kind == NK::Name) {
      at(t); name_op(t.str, Ctx::Load); expr(*n.b); at(n); emit(INPLACE, op); name_op(t.str, Ctx::Store);
    } else if (t.kind == NK::Attribute) {
      expr(*t.a); emit(DUP_TOP); at(t); emit(LOAD_ATTR, name_idx(t.str));
      expr(*n.b); at(n); emit(INPLACE, op); emit(ROT_TWO); emit(STORE_ATTR, name_idx(t.str));
    } else if (t.kind == NK::Subscript) {
      expr(*t.a); subscript_index(*t.b); emit(DUP_TOP_TWO); at(t); emit(BINARY_SUBSCR);
      expr(*n.b); at(n); emit(INPLACE, op); emit(ROT_THREE); emit(STORE_SUBSCR);
    } else {
      fail(t, "'" + target_desc(t) + "' is an illegal expression for augmented assignment");
    }
  }

  std::string target_desc(const Node& t) {
    switch (t.kind) {
      case NK::Call: return "function call";
      case NK::Tuple: return "tuple";
      case NK::List: return "list";
      default: return "expression";
    }
  }

  // `a, b = b, a + b` with two or three plain targets: the values are
  // evaluated left to right and rotated into place instead of going through
  // a tuple, as CPython does. The stores still happen left to right.
  bool swap_assign(const Node& target, const Node& value) {
    auto plain = [](const Node& t) {
      if (t.kind != NK::Tuple && t.kind != NK::List) return false;
      for (auto& e : t.list) if (e->kind == NK::Starred) return false;
      return true;
    };
    size_t n = target.list.size();
    if (value.kind != NK::Tuple || !plain(target) || !plain(value) || value.list.size() != n ||
        n < 2 || n > 3)
      return false;
    for (auto& e : value.list) expr(*e);
    at(target);
    if (n == 3) emit(ROT_THREE);
    emit(ROT_TWO);
    for (auto& e : target.list) store(*e);
    return true;
  }

  void store(const Node& t) {
    at(t);
    switch (t.kind) {
      case NK::Name: name_op(t.str, Ctx::Store); break;
      case NK::Attribute: expr(*t.a); at(t); emit(STORE_ATTR, name_idx(t.str)); break;
      case NK::Subscript: expr(*t.a); subscript_index(*t.b); at(t); emit(STORE_SUBSCR); break;
      case NK::Tuple: case NK::List: {
        int star = -1;
        for (size_t i = 0; i < t.list.size(); ++i)
          if (t.list[i]->kind == NK::Starred) {
            if (star >= 0) fail(*t.list[i], "multiple starred expressions in assignment");
            star = int(i);
          }
        if (star < 0) emit(UNPACK_SEQUENCE, uint32_t(t.list.size()));
        else emit(UNPACK_EX, uint32_t(star) | uint32_t(t.list.size() - star - 1) << 8);
        for (auto& e : t.list) store(e->kind == NK::Starred ? *e->a : *e);
        break;
      }
      case NK::Starred: fail(t, "starred assignment target must be in a list or tuple");
      default: fail(t, "cannot assign to " + target_desc(t));
    }
  }

  void del(const Node& t) {
    at(t);
    switch (t.kind) {
      case NK::Name: name_op(t.str, Ctx::Del); break;
      case NK::Attribute: expr(*t.a); at(t); emit(DELETE_ATTR, name_idx(t.str)); break;
      case NK::Subscript: expr(*t.a); subscript_index(*t.b); at(t); emit(DELETE_SUBSCR); break;
      case NK::Tuple: case NK::List: for (auto& e : t.list) del(*e); break;
      default: fail(t, "cannot delete " + target_desc(t));
    }
  }

  // Jumps to `label` when the truth of `e` is `cond`, as CPython's
  // compiler_jump_if does: in a test, `and`, `or`, `not`, `x if c else y`
  // and chained comparisons become jumps instead of values. Each operand's
  // truth is then asked once (`if a and b` with a false `a` calls its
  // __bool__ once, not a second time for the `if`), and a comparison's
  // result goes straight to its jump. `site` positions the final jump.
  void jump_if(const Node& e, bool cond, int label, const Node& site) {
    switch (e.kind) {
      case NK::UnaryOp:
        if (e.op == "not") { jump_if(*e.a, !cond, label, site); return; }
        break;
      case NK::BoolOp: {
        bool is_or = e.op == "or";
        // Operands before the last decide early: `or` on a true one, `and`
        // on a false one. When that is the answer asked for, they jump to
        // `label`; otherwise past the last operand's test.
        int decided = cond == is_or ? label : new_label();
        for (size_t i = 0; i + 1 < e.list.size(); ++i) jump_if(*e.list[i], is_or, decided, e);
        jump_if(*e.list.back(), cond, label, site);
        if (decided != label) bind(decided);
        return;
      }
      case NK::IfExp: {
        int els = new_label(), end = new_label();
        jump_if(*e.a, false, els, e);
        jump_if(*e.b, cond, label, site);
        jump(JUMP, end);
        bind(els);
        jump_if(*e.c, cond, label, site);
        bind(end);
        return;
      }
      case NK::Compare: {
        if (e.list.size() == 1) break;
        // a < b < c: a false link leaves its right operand under the
        // verdict, which `cleanup` drops before deciding.
        int cleanup = new_label(), end = new_label();
        compare_chain(e, POP_JUMP_IF_FALSE, cleanup);
        at(site);
        jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, label);
        jump(JUMP, end);
        bind(cleanup);
        emit(POP_TOP);
        if (!cond) jump(JUMP, label);
        bind(end);
        return;
      }
      default: break;
    }
    expr(e); at(site);
    jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, label);
  }

  void if_stmt(const Node& n) {
    int els = new_label(), end = new_label();
    jump_if(*n.a, false, els, n);
    body(n.list);
    if (!n.list2.empty()) jump(JUMP, end);
    bind(els);
    body(n.list2);
    bind(end);
  }

  void while_stmt(const Node& n) {
    int top = new_label(), els = new_label(), end = new_label();
    bind(top);
    jump_if(*n.a, false, els, n);
    u_->fblocks.push_back({FBlock::WhileLoop, top, end});
    body(n.list);
    u_->fblocks.pop_back();
    at(n);
    jump(JUMP, top);
    bind(els);
    body(n.list2);
    bind(end);
  }

  void for_stmt(const Node& n) {
    int top = new_label(), els = new_label(), end = new_label();
    expr(*n.b); at(n);
    emit(GET_ITER);
    bind(top);
    jump(FOR_ITER, els);
    store(*n.a);
    u_->fblocks.push_back({FBlock::ForLoop, top, end});
    body(n.list);
    u_->fblocks.pop_back();
    at(n);
    jump(JUMP, top);
    bind(els);
    body(n.list2);
    bind(end);
  }

  // Emits what leaving fblock `b` needs. `preserve_top`: a return value sits
  // on top of the stack and must survive.
  void unwind(const FBlock& b, bool preserve_top) {
    switch (b.kind) {
      case FBlock::ForLoop:
        if (preserve_top) emit(ROT_TWO);
        emit(POP_TOP);
        break;
      case FBlock::WhileLoop: break;
      case FBlock::TryFinally: {
        emit(POP_BLOCK);
        // The finally body must not see this block again (a return inside it).
        const std::vector<NodeP>* fb = b.finally_body;
        std::vector<FBlock> saved = u_->fblocks;
        u_->fblocks.resize(size_t(&b - u_->fblocks.data()));
        body(*fb);
        u_->fblocks = saved;
        break;
      }
      case FBlock::Handler:
        emit(POP_EXCEPT);
        if (!b.handler_name.empty()) { load_const(Value::none()); name_op(b.handler_name, Ctx::Store); name_op(b.handler_name, Ctx::Del); }
        break;
      case FBlock::FinallyHandler:
        if (preserve_top) emit(ROT_TWO);
        emit(POP_TOP);
        emit(POP_EXCEPT);
        break;
      case FBlock::With:
        emit(POP_BLOCK);
        if (preserve_top) emit(ROT_TWO);
        load_const(Value::none()); load_const(Value::none()); load_const(Value::none());
        emit(CALL, 3);
        emit(POP_TOP);
        break;
    }
  }

  void break_continue(const Node& n) {
    bool brk = n.kind == NK::Break;
    for (int i = int(u_->fblocks.size()) - 1; i >= 0; --i) {
      FBlock b = u_->fblocks[size_t(i)];
      if (b.kind == FBlock::ForLoop || b.kind == FBlock::WhileLoop) {
        if (brk && b.kind == FBlock::ForLoop) emit(POP_TOP);
        at(n);
        jump(JUMP, brk ? b.brk : b.cont);
        return;
      }
      unwind(u_->fblocks[size_t(i)], false);
    }
    fail(n, brk ? "'break' outside loop" : "'continue' not properly in loop");
  }

  void return_stmt(const Node& n) {
    if (u_->scope->kind != Scope::Function) fail(n, "'return' outside function");
    if (n.a) expr(*n.a); else load_const(Value::none());
    for (int i = int(u_->fblocks.size()) - 1; i >= 0; --i) unwind(u_->fblocks[size_t(i)], true);
    at(n);
    emit(RETURN_VALUE);
  }

  void try_stmt(const Node& n) {
    if (!n.list4.empty()) {
      // try/finally around (try/except/else).
      int handler = new_label(), end = new_label();
      jump(SETUP_FINALLY, handler);
      u_->fblocks.push_back({FBlock::TryFinally});
      u_->fblocks.back().finally_body = &n.list4;
      if (!n.list2.empty()) try_except(n); else body(n.list);
      u_->fblocks.pop_back();
      emit(POP_BLOCK);
      body(n.list4);
      jump(JUMP, end);
      bind(handler);
      u_->fblocks.push_back({FBlock::FinallyHandler});
      body(n.list4);
      u_->fblocks.pop_back();
      emit(RERAISE);
      bind(end);
    } else {
      try_except(n);
    }
  }

  void try_except(const Node& n) {
    int handler = new_label(), els = new_label(), end = new_label();
    jump(SETUP_EXCEPT, handler);
    u_->fblocks.push_back({FBlock::WhileLoop});  // placeholder so break/continue depth stays right
    u_->fblocks.back().kind = FBlock::TryFinally;
    static const std::vector<NodeP> nothing;
    u_->fblocks.back().finally_body = &nothing;
    body(n.list);
    u_->fblocks.pop_back();
    emit(POP_BLOCK);
    jump(JUMP, els);
    bind(handler);
    for (size_t i = 0; i < n.list2.size(); ++i) {
      const Node& h = *n.list2[i];
      at(h);
      int next = new_label();
      if (h.a) {
        expr(*h.a); at(h);
        emit(CHECK_EXC_MATCH);  // keeps the exception under the verdict
        jump(POP_JUMP_IF_FALSE, next);
      } else if (i + 1 < n.list2.size()) {
        fail(h, "default 'except:' must be last");
      }
      if (!h.str.empty()) name_op(h.str, Ctx::Store); else emit(POP_TOP);
      u_->fblocks.push_back({FBlock::Handler});
      u_->fblocks.back().handler_name = h.str;
      body(h.list);
      u_->fblocks.pop_back();
      emit(POP_EXCEPT);
      if (!h.str.empty()) { load_const(Value::none()); name_op(h.str, Ctx::Store); name_op(h.str, Ctx::Del); }
      jump(JUMP, end);
      bind(next);
    }
    emit(RERAISE);
    bind(els);
    body(n.list3);
    bind(end);
  }

  void with_stmt(const Node& n, size_t item) {
    const Node& it = *n.list[item];
    int handler = new_label(), end = new_label(), suppress = new_label();
    // Entering and leaving are placed on the whole with statement, as in
    // CPython (a traceback through __enter__ or __exit__ shows no carets).
    expr(*it.a); at(n);
    emit(BEFORE_WITH);
    emit(CALL, 0);
    jump(SETUP_WITH, handler);
    if (it.b) store(*it.b); else emit(POP_TOP);
    u_->fblocks.push_back({FBlock::With});
    if (item + 1 < n.list.size()) with_stmt(n, item + 1); else body(n.list2);
    u_->fblocks.pop_back();
    at(n);
    emit(POP_BLOCK);
    load_const(Value::none()); load_const(Value::none()); load_const(Value::none());
    emit(CALL, 3);
    emit(POP_TOP);
    jump(JUMP, end);
    bind(handler);
    emit(WITH_EXIT_ARGS);
    emit(CALL, 3);
    jump(POP_JUMP_IF_TRUE, suppress);
    emit(RERAISE);
    bind(suppress);
    emit(POP_TOP);
    emit(POP_EXCEPT);
    emit(POP_TOP);
    bind(end);
  }

  // ---- annotated assignments ----
  // Whether a body holds an annotated assignment outside nested defs and classes.
  static bool has_ann_assign(const std::vector<NodeP>& body) {
    for (auto& s : body) {
      if (!s) continue;
      if (s->kind == NK::AnnAssign) return true;
      if (s->kind == NK::FunctionDef || s->kind == NK::ClassDef) continue;
      if (has_ann_assign(s->list) || has_ann_assign(s->list2) || has_ann_assign(s->list3) ||
          has_ann_assign(s->list4))
        return true;
    }
    return false;
  }
  // A module or class body that annotates names starts with an empty
  // __annotations__ dict. Console lines evaluate annotations but keep none
  // (each line is its own module body, which must not reset the dict).
  void setup_annotations(const std::vector<NodeP>& body) {
    if (mode_ == CompileMode::Console || !has_ann_assign(body)) return;
    emit(BUILD_MAP, 0);
    emit(STORE_NAME, name_idx("__annotations__"));
  }

  // An annotation's value: the expression, or its text under the future import.
  void annotation(const Node& e) {
    if (future_annotations_) load_str(unparse(e));
    else expr(e);
  }

  // `target: annotation [= value]`. In a module or class the annotation is
  // evaluated after the assignment, and a plain name's goes into
  // __annotations__; in a function it is never evaluated. Without a value,
  // the object (and index) of an attribute or subscript target still is.
  void ann_assign(const Node& n) {
    const Node& t = *n.a;
    if (n.c) { expr(*n.c); store(t); }
    else if (t.kind == NK::Attribute) { expr(*t.a); emit(POP_TOP); }
    else if (t.kind == NK::Subscript) { expr(*t.a); emit(POP_TOP); subscript_index(*t.b); emit(POP_TOP); }
    Scope::Kind k = u_->scope->kind;
    if (k != Scope::Module && k != Scope::Class) return;
    annotation(*n.b);
    bool keep = k == Scope::Class || mode_ != CompileMode::Console;
    if (n.op == "simple" && keep) {
      emit(LOAD_NAME, name_idx("__annotations__"));
      load_str(t.str);
      at(n);
      emit(STORE_SUBSCR);
    } else {
      emit(POP_TOP);
    }
  }

  // ---- functions and classes ----
  std::string child_qualname(const std::string& name) {
    Scope* s = u_->scope;
    if (s->kind == Scope::Module) return name;
    if (s->kind == Scope::Class) return u_->qualname + "." + name;
    return u_->qualname + ".<locals>." + name;
  }

  // Pushes defaults/kwdefaults/closure/code/qualname and emits MAKE_FUNCTION.
  void make_function(const Node& n, Code* code, const Node* args, const std::string& qualname,
                     const Node* ret = nullptr) {
    uint32_t flags = 0;
    Scope* inner = st_.of(&n);
    if (args) {
      int ndef = 0;
      for (auto& a : args->list) if (a->a && (a->op == "" || a->op == "posonly")) { expr(*a->a); ++ndef; }
      if (ndef) { emit(BUILD_TUPLE, uint32_t(ndef)); flags |= 1; }
      int nkw = 0;
      for (auto& a : args->list) if (a->a && a->op == "kwonly") { load_str(a->str); expr(*a->a); ++nkw; }
      if (nkw) { emit(BUILD_MAP, uint32_t(nkw)); flags |= 2; }
      if (annotations(*args, ret)) flags |= 8;
    }
    if (!inner->freevars.empty()) {
      for (auto& fv : inner->freevars) {
        int idx = cell_idx(u_->scope, fv);
        emit(LOAD_CLOSURE, uint32_t(idx));
      }
      emit(BUILD_TUPLE, uint32_t(inner->freevars.size()));
      flags |= 4;
    }
    emit(LOAD_CONST, add_const(Value::obj(code), "c" + std::to_string(uintptr_t(code))));
    load_str(qualname);
    emit(MAKE_FUNCTION, flags);
  }

  // A def's annotations are evaluated when it runs, in source order, into
  // the dict that becomes __annotations__. Returns false when there are none.
  bool annotations(const Node& args, const Node* ret) {
    uint32_t n = 0;
    for (auto& a : args.list)
      if (a->b) { load_str(a->str); annotation(*a->b); ++n; }
    if (ret) { load_str("return"); annotation(*ret); ++n; }
    if (n) emit(BUILD_MAP, n);
    return n != 0;
  }

  void set_params(Code* c, const Node& args) {
    for (auto& a : args.list) {
      if (a->op == "posonly") { c->argcount++; c->posonly++; }
      else if (a->op == "") c->argcount++;
      else if (a->op == "kwonly") c->kwonly++;
    }
  }

  // The docstring of a body: its first statement when that is a plain string.
  static const Node* docstring(const std::vector<NodeP>& body) {
    if (body.empty() || body[0]->kind != NK::Expr || !body[0]->a || body[0]->a->kind != NK::Str) return nullptr;
    return body[0]->a.get();
  }

  void function_def(const Node& n) {
    for (auto& d : n.list2) expr(*d);
    at(n);
    std::string qn = child_qualname(n.str);
    Code* code = function_body(n, n.str, qn, *n.a, &n.list, nullptr);
    if (!n.list2.empty()) code->firstline = n.list2[0]->line;  // co_firstlineno: the first decorator's line
    at(n);
    make_function(n, code, n.a.get(), qn, n.c.get());
    for (size_t i = 0; i < n.list2.size(); ++i) emit(CALL, 1);
    name_op(n.str, Ctx::Store);
  }

  Code* function_body(const Node& n, const std::string& name, const std::string& qn, const Node& args,
                      const std::vector<NodeP>* stmts, const Node* expr_body) {
    Unit* outer = u_;
    Unit* u = open_unit(st_.of(&n), name, qn, n.line);
    set_params(u->code, args);
    if (stmts) {
      if (const Node* d = docstring(*stmts)) { Value v = vm_.intern(d->str); incref(v); u->code->doc_const = int(add_const(v, "s" + d->str)); }
      for (auto& s : *stmts) stmt(*s);
      load_const(Value::none());
      emit(RETURN_VALUE);
    } else {
      expr(*expr_body);
      at(*expr_body);
      if (u->code->is_generator()) { emit(POP_TOP); load_const(Value::none()); }
      emit(RETURN_VALUE);
    }
    Code* c = close_unit(u);
    u_ = outer;
    return c;
  }

  void class_def(const Node& n) {
    for (auto& d : n.list2) expr(*d);
    at(n);
    emit(LOAD_BUILD_CLASS);
    std::string qn = child_qualname(n.str);
    Unit* outer = u_;
    Unit* u = open_unit(st_.of(&n), n.str, qn, n.line);
    emit(LOAD_NAME, name_idx("__name__"));
    emit(STORE_NAME, name_idx("__module__"));
    load_str(qn);
    emit(STORE_NAME, name_idx("__qualname__"));
    if (const Node* d = docstring(n.list)) load_str(d->str); else load_const(Value::none());
    emit(STORE_NAME, name_idx("__doc__"));
    setup_annotations(n.list);
    for (auto& s : n.list) stmt(*s);
    load_const(Value::none());
    emit(RETURN_VALUE);
    Code* code = close_unit(u);
    u_ = outer;
    at(n);
    make_function(n, code, nullptr, qn);
    load_str(n.str);
    for (auto& b : n.list3) expr(*b);
    uint32_t argc = uint32_t(2 + n.list3.size());
    if (!n.list4.empty()) {
      std::vector<std::string> names;
      for (auto& k : n.list4) { expr(*k->a); names.push_back(k->str); argc++; }
      load_kwnames(names);
      at(n);
      emit(CALL, argc | kKwFlag);
    } else {
      at(n);
      emit(CALL, argc);
    }
    for (size_t i = 0; i < n.list2.size(); ++i) emit(CALL, 1);
    name_op(n.str, Ctx::Store);
  }

  static constexpr uint32_t kKwFlag = 1u << 16;
  void load_kwnames(const std::vector<std::string>& names) {
    std::vector<Value> vals;
    std::string key = "k";
    for (auto& s : names) { vals.push_back(vm_.intern(s)); key += s + ","; }
    Value t = vm_.new_tuple(vals.data(), vals.size()).release();
    emit(LOAD_CONST, add_const(t, key));
  }

  // ---- expressions ----
  void exprs(const std::vector<NodeP>& v) { for (auto& e : v) expr(*e); }

  void expr(const Node& n) {
    at(n);
    switch (n.kind) {
      case NK::Name: name_op(n.str, Ctx::Load); break;
      case NK::Int:
        if (!n.big && Value::fits_small(n.ival)) load_const(Value::small(n.ival));
        else {
          Value v = vm_.int_from_decimal(n.big ? n.str : std::to_string(n.ival)).release();
          emit(LOAD_CONST, add_const(v, "I" + (n.big ? n.str : std::to_string(n.ival))));
        }
        break;
      case NK::Float: {
        Value v = Value::flt(n.fval);
        uint64_t b = v.bits();
        emit(LOAD_CONST, add_const(v, "f" + std::to_string(b)));
        break;
      }
      case NK::Str: load_str(n.str); break;
      case NK::Bytes: load_str(n.str); break;
      case NK::True: load_const(Value::boolean(true)); break;
      case NK::False: load_const(Value::boolean(false)); break;
      case NK::None: load_const(Value::none()); break;
      case NK::Ellipsis: emit(LOAD_GLOBAL, name_idx("Ellipsis")); break;
      case NK::JoinedStr: joined_str(n); break;
      case NK::FormattedValue: formatted_value(n); break;
      case NK::BinOp: {
        static const std::map<std::string, BinOp> ops = {
            {"+", B_ADD}, {"-", B_SUB}, {"*", B_MUL}, {"/", B_TRUEDIV}, {"//", B_FLOORDIV},
            {"%", B_MOD}, {"**", B_POW}, {"@", B_MATMUL}, {"<<", B_LSHIFT}, {">>", B_RSHIFT},
            {"&", B_AND}, {"|", B_OR}, {"^", B_XOR}};
        expr(*n.a); expr(*n.b); at(n);
        emit(BINARY, ops.at(n.op));
        break;
      }
      case NK::UnaryOp: {
        // Fold negative literals so -5 is one constant, as CPython does.
        if (n.op == "-" && n.a->kind == NK::Int && !n.a->big && Value::fits_small(-n.a->ival)) {
          load_const(Value::small(-n.a->ival)); break;
        }
        if (n.op == "-" && n.a->kind == NK::Float) {
          Value v = Value::flt(-n.a->fval);
          emit(LOAD_CONST, add_const(v, "f" + std::to_string(v.bits()))); break;
        }
        expr(*n.a); at(n);
        emit(UNARY, n.op == "-" ? U_NEG : n.op == "+" ? U_POS : n.op == "~" ? U_INVERT : U_NOT);
        break;
      }
      case NK::BoolOp: {
        int end = new_label();
        for (size_t i = 0; i < n.list.size(); ++i) {
          expr(*n.list[i]);
          if (i + 1 < n.list.size()) { at(n); jump(n.op == "and" ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP, end); }
        }
        bind(end);
        break;
      }
      case NK::Compare: compare(n); break;
      case NK::Call: call(n); break;
      case NK::Attribute: expr(*n.a); at(n); emit(LOAD_ATTR, name_idx(n.str)); break;
      case NK::Subscript: expr(*n.a); subscript_index(*n.b); at(n); emit(BINARY_SUBSCR); break;
      case NK::Slice: slice(n); break;
      case NK::Starred: fail(n, "can't use starred expression here");
      case NK::List: case NK::Tuple: case NK::Set: display(n); break;
      case NK::Dict: dict_display(n); break;
      case NK::ListComp: case NK::SetComp: case NK::GenExp: case NK::DictComp: comprehension(n); break;
      case NK::Lambda: {
        std::string qn = child_qualname("<lambda>");
        Code* code = function_body(n, "<lambda>", qn, *n.a, nullptr, n.b.get());
        at(n);
        make_function(n, code, n.a.get(), qn);
        break;
      }
      case NK::IfExp: {
        int els = new_label(), end = new_label();
        jump_if(*n.a, false, els, n);
        expr(*n.b);
        jump(JUMP, end);
        bind(els);
        expr(*n.c);
        bind(end);
        break;
      }
      case NK::NamedExpr:
        expr(*n.b); at(n);
        emit(DUP_TOP);
        store(*n.a);
        break;
      case NK::Yield:
        if (n.a) expr(*n.a); else load_const(Value::none());
        at(n);
        emit(YIELD_VALUE);
        break;
      case NK::YieldFrom: {
        expr(*n.a); at(n);
        emit(GET_YIELD_FROM_ITER);
        load_const(Value::none());
        int send = new_label(), exit = new_label();
        bind(send);
        jump(SEND, exit);
        emit(YIELD_VALUE);
        jump(JUMP, send);
        bind(exit);
        break;
      }
      default: fail(n, "invalid syntax");
    }
  }

  void subscript_index(const Node& idx) {
    if (idx.kind == NK::Slice) slice(idx); else expr(idx);
  }
  void slice(const Node& n) {
    if (n.a) expr(*n.a); else load_const(Value::none());
    if (n.b) expr(*n.b); else load_const(Value::none());
    if (n.c) expr(*n.c);
    at(n);
    emit(BUILD_SLICE, n.c ? 3 : 2);
  }

  void compare_op(const std::string& op) {
    if (op == "is") emit(IS_OP, 0);
    else if (op == "is not") emit(IS_OP, 1);
    else if (op == "in") emit(CONTAINS_OP, 0);
    else if (op == "not in") emit(CONTAINS_OP, 1);
    else emit(COMPARE, op == "<" ? C_LT : op == "<=" ? C_LE : op == "==" ? C_EQ : op == "!=" ? C_NE : op == ">" ? C_GT : C_GE);
  }

  // a < b < c ...: every link but the last keeps its right operand for the
  // next (DUP_TOP, ROT_THREE) and leaves through `link_jump` to `cleanup`
  // when false; then the last link's comparison.
  void compare_chain(const Node& n, Op link_jump, int cleanup) {
    expr(*n.a);
    for (size_t i = 0; i + 1 < n.list.size(); ++i) {
      expr(*n.list[i]); at(n);
      emit(DUP_TOP); emit(ROT_THREE);
      compare_op(n.names[i]);
      jump(link_jump, cleanup);
    }
    expr(*n.list.back()); at(n);
    compare_op(n.names.back());
  }

  void compare(const Node& n) {
    if (n.list.size() == 1) { compare_chain(n, JUMP_IF_FALSE_OR_POP, -1); return; }  // no links
    int cleanup = new_label(), end = new_label();
    compare_chain(n, JUMP_IF_FALSE_OR_POP, cleanup);
    jump(JUMP, end);
    bind(cleanup);
    emit(ROT_TWO); emit(POP_TOP);
    bind(end);
  }

  void call(const Node& n) {
    bool complex = false;
    for (auto& a : n.list) if (a->kind == NK::Starred) complex = true;
    for (auto& k : n.list2) if (k->str.empty()) complex = true;
    if (complex) {
      expr(*n.a);
      emit(BUILD_LIST, 0);
      for (auto& a : n.list) {
        if (a->kind == NK::Starred) { expr(*a->a); at(n); emit(LIST_EXTEND, 1 | kCallArgFlag); }
        else { expr(*a); emit(LIST_APPEND, 1); }
      }
      emit(LIST_TO_TUPLE);
      if (!n.list2.empty()) {
        emit(BUILD_MAP, 0);
        for (auto& k : n.list2) {
          if (k->str.empty()) { expr(*k->a); at(n); emit(DICT_UPDATE, 1 | kCallArgFlag); }
          else { load_str(k->str); expr(*k->a); emit(BUILD_MAP, 1); emit(DICT_UPDATE, 1); }
        }
      }
      at(n);
      emit(CALL_EX, n.list2.empty() ? 0 : 1);
      return;
    }
    bool method = n.a->kind == NK::Attribute;
    if (method) { expr(*n.a->a); at(*n.a); emit(LOAD_METHOD, name_idx(n.a->str)); }
    else expr(*n.a);
    exprs(n.list);
    std::vector<std::string> names;
    for (auto& k : n.list2) { expr(*k->a); names.push_back(k->str); }
    uint32_t argc = uint32_t(n.list.size() + names.size());
    if (!names.empty()) load_kwnames(names);
    at(n);
    emit(method ? CALL_METHOD : CALL, argc | (names.empty() ? 0 : kKwFlag));
  }

  void display(const Node& n) {
    bool starred = false;
    for (auto& e : n.list) if (e->kind == NK::Starred) starred = true;
    if (!starred) {
      exprs(n.list); at(n);
      emit(n.kind == NK::List ? BUILD_LIST : n.kind == NK::Tuple ? BUILD_TUPLE : BUILD_SET, uint32_t(n.list.size()));
      return;
    }
    bool set = n.kind == NK::Set;
    emit(set ? BUILD_SET : BUILD_LIST, 0);
    for (auto& e : n.list) {
      if (e->kind == NK::Starred) { expr(*e->a); at(*e); emit(set ? SET_UPDATE : LIST_EXTEND, 1); }
      else { expr(*e); emit(set ? SET_ADD : LIST_APPEND, 1); }
    }
    if (n.kind == NK::Tuple) emit(LIST_TO_TUPLE);
  }

  void dict_display(const Node& n) {
    bool unpack = false;
    for (auto& k : n.list) if (!k) unpack = true;
    if (!unpack) {
      for (size_t i = 0; i < n.list.size(); ++i) { expr(*n.list[i]); expr(*n.list2[i]); }
      at(n);
      emit(BUILD_MAP, uint32_t(n.list.size()));
      return;
    }
    emit(BUILD_MAP, 0);
    for (size_t i = 0; i < n.list.size(); ++i) {
      if (!n.list[i]) { expr(*n.list2[i]); at(n); emit(DICT_UPDATE, 1); }
      else { expr(*n.list[i]); expr(*n.list2[i]); emit(MAP_ADD, 1); }
    }
  }

  void joined_str(const Node& n) {
    size_t count = 0;
    for (auto& p : n.list) {
      if (p->kind == NK::Str) { if (p->str.empty()) continue; load_str(p->str); }
      else formatted_value(*p);
      ++count;
    }
    at(n);
    if (count == 0) load_str("");
    else if (count > 1) emit(BUILD_STRING, uint32_t(count));
    else if (n.list.size() == 1 && n.list[0]->kind == NK::Str) {}
  }

  void formatted_value(const Node& n) {
    uint32_t conv = n.op == "s" ? 1 : n.op == "r" ? 2 : n.op == "a" ? 3 : 0;
    if (!n.str.empty()) {
      // f"{x=}": the text, then the value (repr by default without a spec).
      load_str(n.str);
      expr(*n.a);
      if (conv == 0 && !n.b) conv = 2;
      if (n.b) { joined_str(*n.b); conv |= 4; }
      at(n);
      emit(FORMAT_VALUE, conv);
      emit(BUILD_STRING, 2);
      return;
    }
    expr(*n.a);
    if (n.b) { joined_str(*n.b); conv |= 4; }
    at(n);
    emit(FORMAT_VALUE, conv);
  }

  void comprehension(const Node& n) {
    const char* name = n.kind == NK::ListComp ? "<listcomp>" : n.kind == NK::SetComp ? "<setcomp>"
                     : n.kind == NK::DictComp ? "<dictcomp>" : "<genexpr>";
    std::string qn = child_qualname(name);
    Unit* outer = u_;
    Unit* u = open_unit(st_.of(&n), name, qn, n.line);
    u->code->argcount = 1;
    at(n);
    if (n.kind == NK::ListComp) emit(BUILD_LIST, 0);
    else if (n.kind == NK::SetComp) emit(BUILD_SET, 0);
    else if (n.kind == NK::DictComp) emit(BUILD_MAP, 0);
    comprehension_level(n, 0);
    at(n);
    if (n.kind == NK::GenExp) load_const(Value::none());
    emit(RETURN_VALUE);
    Code* code = close_unit(u);
    u_ = outer;
    at(n);
    make_function(n, code, nullptr, qn);
    expr(*n.list[0]->b);
    at(n);
    emit(GET_ITER);
    emit(CALL, 1);
  }

  void comprehension_level(const Node& n, size_t level) {
    const Node& g = *n.list[level];
    int top = new_label(), end = new_label();
    if (level == 0) emit(LOAD_FAST, 0);
    else { expr(*g.b); at(g); emit(GET_ITER); }
    bind(top);
    jump(FOR_ITER, end);
    store(*g.a);
    for (auto& cond : g.list) jump_if(*cond, false, top, *cond);
    if (level + 1 < n.list.size()) comprehension_level(n, level + 1);
    else {
      uint32_t depth = uint32_t(n.list.size() + 1);
      switch (n.kind) {
        case NK::ListComp: expr(*n.a); at(n); emit(LIST_APPEND, depth); break;
        case NK::SetComp: expr(*n.a); at(n); emit(SET_ADD, depth); break;
        case NK::DictComp: expr(*n.a); expr(*n.b); at(n); emit(MAP_ADD, depth); break;
        default: expr(*n.a); at(n); emit(YIELD_VALUE); emit(POP_TOP); break;
      }
    }
    jump(JUMP, top);
    bind(end);
  }

  // ---- stack depth ----
  void compute_stack(Code* c) {
    size_t n = c->ops.size();
    std::vector<int> depth(n, -1), blocks(n, -1);
    std::vector<std::pair<size_t, std::pair<int, int>>> work{{0, {0, 0}}};
    int maxd = 0, maxb = 0;
    while (!work.empty()) {
      auto [i, st] = work.back(); work.pop_back();
      auto [d, b] = st;
      while (i < n) {
        if (depth[i] >= d && blocks[i] >= b) break;
        depth[i] = std::max(depth[i], d); blocks[i] = std::max(blocks[i], b);
        uint32_t ins = c->ops[i];
        int op = op_of(ins); uint32_t arg = arg_of(ins);
        maxd = std::max(maxd, d); maxb = std::max(maxb, b);
        bool is_jump = op == JUMP || op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE ||
                       op == JUMP_IF_FALSE_OR_POP || op == JUMP_IF_TRUE_OR_POP || op == FOR_ITER || op == SEND;
        bool setup = op == SETUP_EXCEPT || op == SETUP_FINALLY || op == SETUP_WITH;
        if (setup) {
          int hd = (op == SETUP_WITH ? d - 1 : d) + 1;
          work.push_back({arg, {hd, b + 1}});
          maxb = std::max(maxb, b + 2);
          ++b;
        } else if (op == POP_BLOCK) {
          --b;
        } else if (op == POP_EXCEPT) {
          --b;
        } else if (is_jump) {
          work.push_back({arg, {d + stack_effect(op, arg, true), b}});
        }
        d += stack_effect(op, arg, false);
        maxd = std::max(maxd, d);
        if (op == JUMP || op == RETURN_VALUE || op == RERAISE || op == RAISE) break;
        ++i;
      }
    }
    c->stacksize = maxd + 2;
    c->maxblocks = maxb + 2;
  }
};

}  // namespace

int stack_effect(int op, uint32_t arg, bool jump) {
  uint32_t n = arg & 0xFFFF;
  bool kw = arg & (1u << 16);
  switch (op) {
    case NOP: case ROT_TWO: case ROT_THREE: case JUMP: case SETUP_EXCEPT: case SETUP_FINALLY:
    case SETUP_WITH: case POP_BLOCK: case POP_EXCEPT: case UNARY: case GET_ITER: case GET_YIELD_FROM_ITER:
    case LIST_TO_TUPLE: case YIELD_VALUE: case DELETE_FAST: case DELETE_DEREF: case DELETE_GLOBAL:
    case DELETE_NAME: case LOAD_ATTR: case NULL_TO_NONE:
      return 0;
    case POP_TOP: case STORE_FAST: case STORE_DEREF: case STORE_GLOBAL: case STORE_NAME: case BINARY:
    case INPLACE: case COMPARE: case BINARY_SUBSCR: case DELETE_ATTR: case POP_JUMP_IF_FALSE:
    case POP_JUMP_IF_TRUE: case LIST_APPEND: case SET_ADD: case LIST_EXTEND: case SET_UPDATE:
    case DICT_UPDATE: case RERAISE: case PRINT_EXPR: case IS_OP: case CONTAINS_OP: case IMPORT_STAR:
      return -1;
    case CHECK_EXC_MATCH: return 0;
    case DUP_TOP: case LOAD_CONST: case LOAD_FAST: case LOAD_DEREF: case LOAD_CLOSURE:
    case LOAD_CLASSDEREF: case LOAD_GLOBAL: case LOAD_NAME: case LOAD_METHOD: case IMPORT_NAME:
    case IMPORT_FROM: case LOAD_BUILD_CLASS: case LOAD_ASSERTION_ERROR: case BEFORE_WITH:
      return 1;
    case DUP_TOP_TWO: return 2;
    case STORE_ATTR: case MAP_ADD: return -2;
    case STORE_SUBSCR: return -3;
    case DELETE_SUBSCR: return -2;
    case CALL: return -int(n) - (kw ? 1 : 0);
    case CALL_METHOD: return -int(n) - 1 - (kw ? 1 : 0);
    case CALL_EX: return -1 - int(arg & 1);
    case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING: return 1 - int(arg);
    case BUILD_MAP: return 1 - 2 * int(arg);
    case BUILD_SLICE: return 1 - int(arg);
    case FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case FOR_ITER: return jump ? -1 : 1;
    case SEND: return jump ? -1 : 0;
    case UNPACK_SEQUENCE: return int(arg) - 1;
    case UNPACK_EX: return int(arg & 0xFF) + int(arg >> 8);
    case MAKE_FUNCTION: return -1 - ((arg & 1) ? 1 : 0) - ((arg & 2) ? 1 : 0) - ((arg & 4) ? 1 : 0) - ((arg & 8) ? 1 : 0);
    case RETURN_VALUE: return -1;
    case RAISE: return -int(arg);
    case WITH_EXIT_ARGS: return 4;
  }
  return 0;
}

Code* compile(VM& vm, const Node& module, const std::string& filename, CompileMode mode,
              SyntaxErrorInfo* err) {
  SymbolTable st;
  if (!build_symtable(module, st, err)) return nullptr;
  Compiler c(vm, filename, st, mode);
  try {
    return c.module(module);
  } catch (CompileError& e) {
    *err = e.info;
    return nullptr;
  }
}

}  // namespace yl
