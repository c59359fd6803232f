#include "symtable.h"
#include <algorithm>
#include <set>

namespace yl {

void Scope::note(const std::string& n, uint8_t f) {
  auto it = flags.find(n);
  if (it == flags.end()) { flags[n] = f; order.push_back(n); }
  else it->second |= f;
}

Sym Scope::lookup(const std::string& n) const {
  auto it = syms.find(n);
  if (it != syms.end()) return it->second;
  return kind == Function || kind == Comprehension ? Sym::GlobalImplicit : Sym::Name;
}

namespace {

struct Builder {
  SymbolTable& st;
  SyntaxErrorInfo* err;
  Scope* cur = nullptr;
  bool failed = false;

  void error(const Node& n, const std::string& msg) {
    if (failed) return;
    failed = true;
    err->type = "SyntaxError"; err->message = msg; err->line = n.line; err->col = n.col;
    err->end_line = n.end_line; err->end_col = n.end_col;
  }

  Scope* open(Scope::Kind k, const std::string& name, const Node* n) {
    auto s = std::make_unique<Scope>();
    s->kind = k; s->name = name; s->parent = cur; s->node = n;
    Scope* p = s.get();
    if (cur) cur->children.push_back(p);
    st.scopes[n] = std::move(s);
    return p;
  }

  void store(const Node& t) {
    switch (t.kind) {
      case NK::Name: cur->note(t.str, Scope::kAssigned); break;
      case NK::Tuple: case NK::List: for (auto& e : t.list) store(*e); break;
      case NK::Starred: store(*t.a); break;
      case NK::Attribute: expr(*t.a); break;
      case NK::Subscript: expr(*t.a); expr(*t.b); break;
      default: expr(t); break;
    }
  }

  void body(const std::vector<NodeP>& b) { for (auto& s : b) stmt(*s); }
  void exprs(const std::vector<NodeP>& v) { for (auto& e : v) if (e) expr(*e); }

  // Defaults and annotations are evaluated in the enclosing scope.
  void arguments_defaults(const Node& args) {
    for (auto& a : args.list) if (a->a) expr(*a->a);
    for (auto& a : args.list) if (a->b) expr(*a->b);
  }
  // Parameters take their slots in CPython's order, whatever the source
  // order: positional ones, keyword-only ones, then *args, then **kwargs.
  void declare_params(const Node& args) {
    std::vector<std::string> star, starstar;
    for (auto& a : args.list) {
      if (a->str.empty()) continue;  // the bare `*` separator
      auto seen = cur->flags.find(a->str);
      if (seen != cur->flags.end() && (seen->second & Scope::kParam))
        error(*a, "duplicate argument '" + a->str + "' in function definition");
      cur->note(a->str, Scope::kParam | Scope::kAssigned);
      if (a->op == "*") { cur->has_varargs = true; star.push_back(a->str); }
      else if (a->op == "**") { cur->has_varkw = true; starstar.push_back(a->str); }
      else cur->params.push_back(a->str);
    }
    for (auto& n : star) cur->params.push_back(n);
    for (auto& n : starstar) cur->params.push_back(n);
  }

  void function(const Node& n, const std::string& name, const Node& args,
                const std::vector<NodeP>* stmts, const Node* expr_body) {
    arguments_defaults(args);
    Scope* saved = cur;
    cur = open(Scope::Function, name, &n);
    declare_params(args);
    if (stmts) body(*stmts);
    if (expr_body) expr(*expr_body);
    cur = saved;
  }

  void comprehension(const Node& n, const std::vector<NodeP>& gens,
                     const Node* elt, const Node* val, const char* name) {
    // The outermost iterable is evaluated in the enclosing scope.
    expr(*gens[0]->b);
    Scope* saved = cur;
    cur = open(Scope::Comprehension, name, &n);
    cur->note(".0", Scope::kParam | Scope::kAssigned);
    cur->params.push_back(".0");
    if (n.kind == NK::GenExp) cur->generator = true;
    for (size_t i = 0; i < gens.size(); ++i) {
      store(*gens[i]->a);
      if (i > 0) expr(*gens[i]->b);
      exprs(gens[i]->list);
    }
    if (elt) expr(*elt);
    if (val) expr(*val);
    cur = saved;
  }

  void expr(const Node& n) {
    switch (n.kind) {
      case NK::Name: cur->note(n.str, Scope::kUsed); break;
      case NK::Call:
        expr(*n.a); exprs(n.list);
        for (size_t i = 0; i < n.list2.size(); ++i) {
          const Node& k = *n.list2[i];
          for (size_t j = 0; j < i && !k.str.empty(); ++j)
            if (n.list2[j]->str == k.str) error(k, "keyword argument repeated: " + k.str);
          expr(*k.a);
        }
        break;
      case NK::Lambda: function(n, "<lambda>", *n.a, nullptr, n.b.get()); break;
      case NK::ListComp: comprehension(n, n.list, n.a.get(), nullptr, "<listcomp>"); break;
      case NK::SetComp: comprehension(n, n.list, n.a.get(), nullptr, "<setcomp>"); break;
      case NK::GenExp: comprehension(n, n.list, n.a.get(), nullptr, "<genexpr>"); break;
      case NK::DictComp: comprehension(n, n.list, n.a.get(), n.b.get(), "<dictcomp>"); break;
      case NK::Yield: case NK::YieldFrom:
        if (cur->kind == Scope::Module || cur->kind == Scope::Class) {
          error(n, "'yield' outside function"); return;
        }
        if (cur->kind == Scope::Comprehension && !cur->generator) {
          error(n, "'yield' inside list comprehension"); return;
        }
        cur->generator = true;
        if (n.a) expr(*n.a);
        break;
      case NK::NamedExpr: {
        // The target binds in the nearest enclosing non-comprehension scope.
        Scope* s = cur;
        while (s->kind == Scope::Comprehension) s = s->parent;
        s->note(n.a->str, Scope::kAssigned);
        if (s != cur) {
          for (Scope* c = cur; c != s; c = c->parent)
            c->note(n.a->str, s->kind == Scope::Function ? Scope::kNonlocal : Scope::kGlobal);
        }
        expr(*n.b);
        break;
      }
      default:
        if (n.a) expr(*n.a);
        if (n.b) expr(*n.b);
        if (n.c) expr(*n.c);
        exprs(n.list); exprs(n.list2);
        break;
    }
  }

  void stmt(const Node& n) {
    switch (n.kind) {
      case NK::FunctionDef:
        exprs(n.list2);
        cur->note(n.str, Scope::kAssigned);
        if (n.c) expr(*n.c);  // the return annotation
        function(n, n.str, *n.a, &n.list, nullptr);
        break;
      case NK::ClassDef: {
        exprs(n.list2); exprs(n.list3);
        for (auto& k : n.list4) expr(*k->a);
        cur->note(n.str, Scope::kAssigned);
        Scope* saved = cur;
        cur = open(Scope::Class, n.str, &n);
        body(n.list);
        cur = saved;
        break;
      }
      case NK::Assign: for (auto& t : n.list) store(*t); expr(*n.b); break;
      case NK::AugAssign:
        if (n.a->kind == NK::Name) cur->note(n.a->str, Scope::kAssigned | Scope::kUsed);
        else store(*n.a);
        expr(*n.b);
        break;
      case NK::AnnAssign:
        if (n.c) { store(*n.a); expr(*n.c); }
        else if (n.a->kind == NK::Name) cur->note(n.a->str, Scope::kAssigned);
        break;
      case NK::For: store(*n.a); expr(*n.b); body(n.list); body(n.list2); break;
      case NK::While: case NK::If: expr(*n.a); body(n.list); body(n.list2); break;
      case NK::With:
        for (auto& it : n.list) { expr(*it->a); if (it->b) store(*it->b); }
        body(n.list2);
        break;
      case NK::Try:
        body(n.list);
        for (auto& h : n.list2) {
          if (h->a) expr(*h->a);
          if (!h->str.empty()) cur->note(h->str, Scope::kAssigned);
          body(h->list);
        }
        body(n.list3); body(n.list4);
        break;
      case NK::Delete: for (auto& t : n.list) store(*t); break;
      case NK::Import: case NK::ImportFrom:
        for (auto& al : n.list) {
          if (al->str == "*") continue;
          std::string bound = !al->str2.empty() ? al->str2
              : n.kind == NK::Import ? al->str.substr(0, al->str.find('.')) : al->str;
          cur->note(bound, Scope::kAssigned);
        }
        break;
      case NK::Global:
        for (auto& nm : n.names) {
          auto it = cur->flags.find(nm);
          if (it != cur->flags.end() && (it->second & (Scope::kAssigned | Scope::kUsed)) &&
              !(it->second & Scope::kGlobal)) {
            bool assigned = it->second & Scope::kAssigned;
            error(n, "name '" + nm + "' is " + (assigned ? "assigned to" : "used prior to global declaration") +
                         (assigned ? " before global declaration" : ""));
          }
          cur->note(nm, Scope::kGlobal);
        }
        break;
      case NK::Nonlocal:
        if (cur->kind == Scope::Module) { error(n, "nonlocal declaration not allowed at module level"); break; }
        for (auto& nm : n.names) cur->note(nm, Scope::kNonlocal);
        break;
      case NK::Return:
        if (cur->kind != Scope::Function) { error(n, "'return' outside function"); break; }
        if (n.a) expr(*n.a);
        break;
      default:
        if (n.a) expr(*n.a);
        if (n.b) expr(*n.b);
        if (n.c) expr(*n.c);
        exprs(n.list);
        break;
    }
  }
};

bool is_function(const Scope* s) { return s->kind == Scope::Function || s->kind == Scope::Comprehension; }

// Resolves names in `s`; `bound` holds names bound in enclosing function scopes.
// Returns false on error.
bool analyze(Scope* s, const std::set<std::string>& bound, Builder& b) {
  std::set<std::string> child_bound = bound;
  for (auto& n : s->order) {
    uint8_t f = s->flags[n];
    Sym sym;
    if (f & Scope::kGlobal) { sym = Sym::GlobalExplicit; child_bound.erase(n); }
    else if (f & Scope::kNonlocal) {
      if (!bound.count(n)) {
        b.error(*s->node, "no binding for nonlocal '" + n + "' found");
        return false;
      }
      sym = Sym::Free;
    } else if (f & (Scope::kAssigned | Scope::kParam)) {
      sym = is_function(s) ? Sym::Local : Sym::Name;
      if (is_function(s)) child_bound.insert(n);
    } else if (is_function(s) || s->kind == Scope::Class) {
      sym = bound.count(n) ? Sym::Free : (is_function(s) ? Sym::GlobalImplicit : Sym::Name);
    } else {
      sym = Sym::Name;
    }
    s->syms[n] = sym;
  }
  if (s->kind == Scope::Module) child_bound.clear();
  for (Scope* c : s->children) {
    if (!analyze(c, s->kind == Scope::Class ? bound : child_bound, b)) return false;
    // A free variable of a child is a cell here if bound here, else passes through.
    for (auto& fv : c->freevars) {
      auto it = s->syms.find(fv);
      if (it != s->syms.end() && (it->second == Sym::Local || it->second == Sym::Cell) && is_function(s)) {
        it->second = Sym::Cell;
      } else if (it != s->syms.end() && it->second == Sym::Free) {
      } else if (s->kind == Scope::Class && it != s->syms.end() && it->second == Sym::Name &&
                 (s->flags[fv] & (Scope::kAssigned))) {
        // Class-level names are not visible to methods; the method's free var
        // comes from further out and passes through the class's closure.
        s->freevars.push_back(fv);
      } else if (s->kind != Scope::Module) {
        if (it == s->syms.end() || it->second != Sym::Free) {
          if (it == s->syms.end() || s->kind != Scope::Class) s->syms[fv] = Sym::Free;
          if (std::find(s->freevars.begin(), s->freevars.end(), fv) == s->freevars.end())
            s->freevars.push_back(fv);
        }
      }
    }
  }
  // Fixed orders: parameters first, then locals in first-seen order.
  if (is_function(s)) {
    for (auto& p : s->params) s->varnames.push_back(p);
    for (auto& n : s->order) {
      Sym y = s->syms[n];
      if ((y == Sym::Local || y == Sym::Cell) && !(s->flags[n] & Scope::kParam)) s->varnames.push_back(n);
      if (y == Sym::Cell) s->cellvars.push_back(n);
    }
  }
  for (auto& n : s->order)
    if (s->syms[n] == Sym::Free && std::find(s->freevars.begin(), s->freevars.end(), n) == s->freevars.end())
      s->freevars.push_back(n);
  return true;
}

}  // namespace

bool build_symtable(const Node& module, SymbolTable& st, SyntaxErrorInfo* err) {
  Builder b{st, err};
  b.cur = b.open(Scope::Module, "<module>", &module);
  st.module = b.cur;
  b.body(module.list);
  if (b.failed) return false;
  return analyze(st.module, {}, b) && !b.failed;
}

}  // namespace yl
