// The object protocols: truth, repr/str, hashing, equality and ordering,
// arithmetic, attributes, items, containment, length and iteration.
#include <cmath>
#include <cstdio>
#include "num/float_format.h"
#include "objects/collections_ops.h"
#include "objects/os_error.h"
#include "vm.h"

namespace yl {

namespace {
std::string addr(const void* p) {
  char b[32]; std::snprintf(b, sizeof b, "0x%012llx", (unsigned long long)(uintptr_t)p); return b;
}
bool is_big(VM& vm, Value v) { return v.is_obj() && v.as_obj()->type == vm.t_int; }
struct ReprGuard {
  static std::vector<Object*>& active() { static std::vector<Object*> a; return a; }
  Object* o; bool entered;
  explicit ReprGuard(Object* x) : o(x) {
    auto& a = active();
    entered = std::find(a.begin(), a.end(), x) == a.end();
    if (entered) a.push_back(x);
  }
  ~ReprGuard() { if (entered) active().pop_back(); }
};
}  // namespace

Type* VM::type_of(Value v) const {
  if (v.is_float()) return t_float;
  if (v.is_int()) return t_int;
  if (v.is_none()) return t_none;
  if (v.is_bool()) return t_bool;
  if (v.is_obj()) return v.as_obj()->type;
  return t_none;
}

double VM::to_double(Value v) {
  if (v.is_float()) return v.as_float();
  if (v.is_int()) return double(v.as_int());
  if (v.is_bool()) return v.is_true() ? 1.0 : 0.0;
  if (is_big(*this, v)) {
    auto d = static_cast<BigIntObj*>(v.as_obj())->value.to_double();
    if (!d) raise(e_overflow, "int too large to convert to float");
    return *d;
  }
  type_error("must be real number, not " + type_of(v)->name);
}

int64_t VM::index_of(Value v) {
  if (v.is_int()) return v.as_int();
  if (v.is_bool()) return v.is_true();
  if (is_big(*this, v)) {
    auto& b = static_cast<BigIntObj*>(v.as_obj())->value;
    if (b.fits_int64()) return b.to_int64();
    raise(e_index, "cannot fit 'int' into an index-sized integer");
  }
  Ref m = lookup_type(type_of(v), intern("__index__"));
  if (!m.is_null()) return index_of(call_sync(m.get(), {v}).get());
  type_error("'" + type_of(v)->name + "' object cannot be interpreted as an integer");
}

bool VM::truthy(Value v) {
  if (v.is_bool()) return v.is_true();
  if (v.is_none()) return false;
  if (v.is_int()) return v.as_int() != 0;
  if (v.is_float()) return v.as_float() != 0.0;
  Object* o = v.as_obj();
  Type* t = o->type;
  switch (t->layout) {
    case Layout::Int: return !static_cast<BigIntObj*>(o)->value.is_zero();
    case Layout::Str: return static_cast<Str*>(o)->len != 0;
    case Layout::List: return !static_cast<List*>(o)->items.empty();
    case Layout::Tuple: return static_cast<Tuple*>(o)->size != 0;
    case Layout::Dict: return static_cast<Dict*>(o)->used != 0;
    case Layout::Set: case Layout::FrozenSet: return static_cast<Set*>(o)->used != 0;
    case Layout::Range: return static_cast<Range*>(o)->length != 0;
    default:
      // Module types (collections.deque ...) answer through __bool__ / __len__ too.
      if (t->builtin) return true;
      [[fallthrough]];
    case Layout::Instance: case Layout::Exception: {
      Ref b = lookup_type(t, intern("__bool__"));
      if (!b.is_null()) {
        Ref r = call_sync(b.get(), {v});
        if (!r.get().is_bool()) type_error("__bool__ should return bool, returned " + type_of(r.get())->name);
        return r.get().is_true();
      }
      Ref l = lookup_type(t, intern("__len__"));
      if (!l.is_null()) return len(v) != 0;
      return true;
    }
  }
}

// ---------------------------------------------------------------- repr / str

Ref VM::repr(Value v) {
  if (v.is_int()) return str(std::to_string(v.as_int()));
  if (v.is_float()) return str(num::float_repr(v.as_float()));
  if (v.is_none()) return Ref::borrow(intern("None"));
  if (v.is_bool()) return Ref::borrow(intern(v.is_true() ? "True" : "False"));
  Object* o = v.as_obj();
  Type* t = o->type;
  if (!t->builtin) {
    Ref m = lookup_type(t, intern("__repr__"));
    // A Python __repr__, or the native one of a module type (collections.deque,
    // Counter ...) that a program's class may inherit.
    if (!m.is_null() && (m.get().as_obj()->type == t_function || m.get().as_obj()->type == t_native)) {
      Ref r = call_sync(m.get(), {v});
      if (!(r.get().is_obj() && r.get().as_obj()->type->is_subtype(t_str)))
        type_error("__repr__ returned non-string (type " + type_of(r.get())->name + ")");
      return r;
    }
  }
  switch (t->layout) {
    case Layout::Int: {
      auto s = static_cast<BigIntObj*>(o)->value.to_decimal_limited();
      if (!s) raise(e_value, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
      return str(*s);
    }
    case Layout::Str: return str_repr(*this, static_cast<Str*>(o));
    case Layout::List: case Layout::Tuple: {
      // Tuple types of native modules (functools.CacheInfo) bring their own __repr__.
      if (t != t_list && t != t_tuple && t->builtin) {
        Value own = dict_get(*this, t->dict, intern("__repr__"));
        if (!own.is_null() && own.is_obj() && own.as_obj()->type == t_native) return call_sync(own, {v});
      }
      ReprGuard g(o);
      bool list = t->layout == Layout::List;
      if (!g.entered) return str(list ? "[...]" : "(...)");
      std::string s = list ? "[" : "(";
      size_t n = list ? static_cast<List*>(o)->items.size() : static_cast<Tuple*>(o)->size;
      for (size_t i = 0; i < n; ++i) {
        if (i) s += ", ";
        Value item = list ? static_cast<List*>(o)->items[i] : static_cast<Tuple*>(o)->items[i];
        s += repr_s(item);
        if (list) n = static_cast<List*>(o)->items.size();
      }
      if (!list && n == 1) s += ",";
      s += list ? "]" : ")";
      return str(s);
    }
    case Layout::Dict: {
      ReprGuard g(o);
      if (!g.entered) return str("{...}");
      std::string s = "{";
      size_t pos = 0; Value k, val; bool first = true;
      while (dict_next(static_cast<Dict*>(o), &pos, &k, &val)) {
        if (!first) s += ", ";
        first = false;
        s += repr_s(k); s += ": "; s += repr_s(val);
      }
      return str(s + "}");
    }
    case Layout::Set: case Layout::FrozenSet: {
      auto* st = static_cast<Set*>(o);
      bool frozen = t->layout == Layout::FrozenSet;
      if (st->used == 0) return str(frozen ? "frozenset()" : "set()");
      ReprGuard g(o);
      if (!g.entered) return str(t->name + "(...)");
      std::string s = frozen ? "frozenset({" : "{";
      size_t pos = 0; Value k; bool first = true;
      while (set_next(st, &pos, &k)) { if (!first) s += ", "; first = false; s += repr_s(k); }
      return str(s + (frozen ? "})" : "}"));
    }
    case Layout::Range: {
      auto* r = static_cast<Range*>(o);
      std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
      if (r->step != 1) s += ", " + std::to_string(r->step);
      return str(s + ")");
    }
    case Layout::Slice: {
      auto* sl = static_cast<Slice*>(o);
      return str("slice(" + repr_s(sl->start) + ", " + repr_s(sl->stop) + ", " + repr_s(sl->step) + ")");
    }
    case Layout::Function: return str("<function " + as_str(static_cast<Function*>(o)->qualname)->str() + " at " + addr(o) + ">");
    case Layout::Native: {
      auto* nf = static_cast<NativeFunction*>(o);
      if (nf->owner) return str(std::string("<method '") + nf->name + "' of '" + nf->owner + "' objects>");
      return str(std::string("<built-in function ") + nf->name + ">");
    }
    case Layout::BoundMethod: {
      auto* bm = static_cast<BoundMethod*>(o);
      Value fn = bm->func;
      std::string name = fn.as_obj()->type == t_function ? as_str(static_cast<Function*>(fn.as_obj())->qualname)->str()
                                                         : static_cast<NativeFunction*>(fn.as_obj())->name;
      if (fn.as_obj()->type == t_native)
        return str("<built-in method " + name + " of " + type_of(bm->self)->name + " object at " + addr(bm->self.is_obj() ? bm->self.as_obj() : nullptr) + ">");
      return str("<bound method " + name + " of " + repr_s(bm->self) + ">");
    }
    case Layout::Generator:
      return str("<generator object " + as_str(static_cast<Generator*>(o)->qualname)->str() + " at " + addr(o) + ">");
    case Layout::Type: {
      auto* ty = static_cast<Type*>(o);
      Value mod = dict_get(*this, ty->dict, intern("__module__"));
      // Types of native modules name their module (itertools.count, io.UnsupportedOperation).
      if (ty->builtin) return str("<class '" + (mod.is_null() ? std::string() : str_s(mod) + ".") + ty->name + "'>");
      Value qn = dict_get(*this, ty->dict, intern("__qualname__"));
      std::string q = qn.is_null() ? ty->name : as_str(qn)->str();
      return str("<class '" + (mod.is_null() ? std::string("__main__") : str_s(mod)) + "." + q + "'>");
    }
    case Layout::Module: return str("<module '" + static_cast<Module*>(o)->name + "' (built-in)>");
    case Layout::Exception: {
      auto* e = static_cast<ExceptionObj*>(o);
      Tuple* a = as_tuple(e->args);
      if (a->size == 1) return str(t->name + "(" + repr_s(a->items[0]) + ")");
      std::string r = repr_s(e->args);
      if (a->size == 0) return str(t->name + "()");
      return str(t->name + r);
    }
    case Layout::None: return Ref::borrow(intern("None"));
    case Layout::NotImplemented: return str("NotImplemented");
    case Layout::Ellipsis: return str("Ellipsis");
    case Layout::Cell: return str("<cell at " + addr(o) + ">");
    case Layout::Code: return str("<code object " + static_cast<Code*>(o)->name + " at " + addr(o) + ">");
    case Layout::Iterator: case Layout::NativeIter:
      // Module iterators (itertools) may bring a __repr__ or name their module: below.
      if (!t->dict || (dict_get(*this, t->dict, intern("__repr__")).is_null() &&
                       dict_get(*this, t->dict, intern("__module__")).is_null()))
        return str("<" + t->name + " object at " + addr(o) + ">");
      break;
    default: break;
  }
  if (dict_view_kind(*this, t)) {
    // dict_keys(['a', 'b']): the view's items, shown as a list.
    ReprGuard g(o);
    if (!g.entered) return str("...");
    Ref items = new_list();
    for (Ref& x : collect(v)) list_append(items.as<List>(), x.get());
    return str(t->name + "(" + repr_s(items.get()) + ")");
  }
  // Types that native modules define (files, random.Random, threading.Thread
  // and the classes derived from it) may bring a __repr__.
  Ref own = lookup_type(t, intern("__repr__"));
  if (!own.is_null() && own.get().is_obj() && own.get().as_obj()->type == t_native) return call_sync(own.get(), {v});
  Value mod = t->dict ? dict_get(*this, t->dict, intern("__module__")) : Value::null();
  Value qn = t->dict ? dict_get(*this, t->dict, intern("__qualname__")) : Value::null();
  std::string q = qn.is_null() ? t->name : as_str(qn)->str();
  return str("<" + (mod.is_null() ? std::string("") : str_s(mod) + ".") + q + " object at " + addr(o) + ">");
}

Ref VM::to_str(Value v) {
  if (v.is_obj()) {
    Object* o = v.as_obj();
    Type* t = o->type;
    if (t == t_str) return Ref::borrow(v);
    if (!t->builtin) {
      Ref m = lookup_type(t, intern("__str__"));
      if (!m.is_null() && m.get().as_obj()->type == t_function) {
        Ref r = call_sync(m.get(), {v});
        if (!(r.get().is_obj() && r.get().as_obj()->type->is_subtype(t_str)))
          type_error("__str__ returned non-string (type " + type_of(r.get())->name + ")");
        return r;
      }
    }
    if (t->layout == Layout::Str) return str(static_cast<Str*>(o)->view());
    if (t->layout == Layout::Exception) {
      auto* e = static_cast<ExceptionObj*>(o);
      Tuple* a = as_tuple(e->args);
      if (t->is_subtype(e_key) && a->size == 1) return repr(a->items[0]);
      std::string os_text;
      if (t->is_subtype(e_os) && os_error_str(*this, e, &os_text)) return str(os_text);
      if (a->size == 0) return str("");
      if (a->size == 1) return to_str(a->items[0]);
      return repr(e->args);
    }
  }
  return repr(v);
}

std::string VM::repr_s(Value v) { Ref r = repr(v); return as_str(r.get())->str(); }
std::string VM::str_s(Value v) { Ref r = to_str(v); return as_str(r.get())->str(); }

// ---------------------------------------------------------------- hashing

// The two common cases inline, the rest out of line: V8 compiles a function
// whole when it gets hot, and hash() gets hot while the builtins are set up
// (a 3.3 KB body took 20-30 ms of background TurboFan time in every run).
int64_t VM::hash(Value v) {
  if (v.is_int()) {
    int64_t x = v.as_int();
    const int64_t P = (int64_t(1) << 61) - 1;
    int64_t h = x >= 0 ? x % P : -((-x) % P);
    return h == -1 ? -2 : h;
  }
  if (v.is_obj() && v.as_obj()->type->layout == Layout::Str && static_cast<Str*>(v.as_obj())->hash != -1)
    return static_cast<Str*>(v.as_obj())->hash;
  return hash_slow(v);
}

[[gnu::noinline]] int64_t VM::hash_slow(Value v) {
  if (v.is_float()) {
    double d = v.as_float();
    if (std::isnan(d)) return 0;
    return num::float_hash(d);
  }
  if (v.is_bool()) return v.is_true() ? 1 : 0;
  if (v.is_none()) return 0xFCA86420;
  Object* o = v.as_obj();
  Type* t = o->type;
  switch (t->layout) {
    case Layout::Str: {
      auto* s = static_cast<Str*>(o);
      if (s->hash != -1) return s->hash;
      uint64_t h = 1469598103934665603ull;  // FNV-1a
      for (size_t i = 0; i < s->len; ++i) { h ^= uint8_t(s->data[i]); h *= 1099511628211ull; }
      int64_t r = int64_t(h >> 1);
      if (r == -1) r = -2;
      s->hash = r;
      return r;
    }
    case Layout::Int: return static_cast<BigIntObj*>(o)->value.hash();
    case Layout::Tuple: {
      // xxHash-style mixing as CPython 3.8+ does for tuples.
      auto* tp = static_cast<Tuple*>(o);
      const uint64_t P1 = 11400714785074694791ull, P2 = 14029467366897019727ull, P5 = 2870177450012600261ull;
      uint64_t acc = P5;
      for (size_t i = 0; i < tp->size; ++i) {
        uint64_t lane = uint64_t(hash(tp->items[i]));
        acc += lane * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
      }
      acc += tp->size ^ (P5 ^ 3527539ull);
      int64_t r = int64_t(acc);
      return r == -1 ? 1546275796 : r;
    }
    case Layout::FrozenSet: {
      auto* s = static_cast<Set*>(o);
      uint64_t h = 0;
      size_t pos = 0; Value k;
      while (set_next(s, &pos, &k)) { uint64_t x = uint64_t(hash(k)); h ^= ((x ^ 89869747ull) ^ (x << 16)) * 3644798167ull; }
      return int64_t(h >> 1);
    }
    case Layout::List: case Layout::Dict: case Layout::Set:
      type_error("unhashable type: '" + t->name + "'");
    default:
      // Module types say `__hash__ = None` to be unhashable (collections.deque).
      if (t->builtin) return int64_t(uintptr_t(o) >> 4);
      [[fallthrough]];
    case Layout::Instance: case Layout::Exception: {
      Ref m = lookup_type(t, intern("__hash__"));
      if (!m.is_null() && m.get().is_none()) type_error("unhashable type: '" + t->name + "'");
      // A Python __hash__, or a native one a module installs (a frozen dataclass's).
      if (!m.is_null() && (m.get().as_obj()->type == t_function || m.get().as_obj()->type == t_native)) {
        Ref r = call_sync(m.get(), {v});
        if (!is_int(r.get())) type_error("__hash__ method should return an integer");
        // As CPython: a result that fits a machine word is the hash itself
        // (-1, its error marker, becomes -2); larger ones are hashed.
        int64_t word;
        if (r.get().is_int()) word = r.get().as_int();
        else if (r.get().is_obj() && r.get().as_obj()->type->layout == Layout::Int &&
                 static_cast<BigIntObj*>(r.get().as_obj())->value.fits_int64())
          word = static_cast<BigIntObj*>(r.get().as_obj())->value.to_int64();
        else return hash(r.get());
        return word == -1 ? -2 : word;
      }
      if (m.is_null() || m.get().as_obj()->type != t_function) {
        Ref eqm = lookup_type(t, intern("__eq__"));
        if (!eqm.is_null() && eqm.get().is_obj() && eqm.get().as_obj()->type == t_function &&
            dict_get(*this, t->dict, intern("__hash__")).is_null()) {
          // Defining __eq__ without __hash__ makes instances unhashable.
          bool own_eq = !dict_get(*this, t->dict, intern("__eq__")).is_null();
          if (own_eq) type_error("unhashable type: '" + t->name + "'");
        }
      }
      return int64_t(uintptr_t(o) >> 4);
    }
  }
}

// ---------------------------------------------------------------- comparison

bool VM::eq(Value a, Value b) {
  if (a == b && !(a.is_float() && std::isnan(a.as_float()))) return true;
  if (a.is_int() && b.is_int()) return false;
  Ref r = compare(a, b, C_EQ);
  return truthy(r.get());
}

namespace {
int cmp_result(CmpOp op, int c) {
  switch (op) {
    case C_LT: return c < 0; case C_LE: return c <= 0; case C_EQ: return c == 0;
    case C_NE: return c != 0; case C_GT: return c > 0; case C_GE: return c >= 0;
  }
  return 0;
}
const char* cmp_sym(CmpOp op) {
  static const char* s[] = {"<", "<=", "==", "!=", ">", ">="};
  return s[op];
}
const char* cmp_dunder(CmpOp op) {
  static const char* s[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  return s[op];
}
// A method the VM may call for an operator: Python code or a native.
bool is_code(VM& vm, Value m) {
  return m.is_obj() && (m.as_obj()->type == vm.t_function || m.as_obj()->type == vm.t_native);
}
// Layouts whose values compare by content (str, containers, range).
bool value_layout(Layout l) {
  switch (l) {
    case Layout::Str: case Layout::List: case Layout::Tuple: case Layout::Dict: case Layout::Set:
    case Layout::FrozenSet: case Layout::Range: return true;
    default: return false;
  }
}
CmpOp swapped(CmpOp op) {
  switch (op) { case C_LT: return C_GT; case C_LE: return C_GE; case C_GT: return C_LT; case C_GE: return C_LE; default: return op; }
}
}  // namespace

Ref VM::compare(Value a, Value b, CmpOp op) {
  Type* ta = type_of(a); Type* tb = type_of(b);
  // Numbers.
  if (is_number(a) && is_number(b)) {
    int c;
    if (a.is_float() || b.is_float()) {
      if (a.is_float() && b.is_float()) {
        double x = a.as_float(), y = b.as_float();
        bool r = op == C_LT ? x < y : op == C_LE ? x <= y : op == C_EQ ? x == y : op == C_NE ? x != y : op == C_GT ? x > y : x >= y;
        return Ref::steal(Value::boolean(r));
      }
      bool af = a.is_float();
      double d = af ? a.as_float() : b.as_float();
      if (std::isnan(d)) return Ref::steal(Value::boolean(op == C_NE));
      num::BigInt spare;
      const num::BigInt& other = int_value(af ? b : a, spare);
      int cc = other.compare_double(d);  // sign of other - d
      c = af ? -cc : cc;
    } else if (is_big(*this, a) || is_big(*this, b)) {
      num::BigInt xs, ys;
      const num::BigInt& x = int_value(a, xs);
      const num::BigInt& y = int_value(b, ys);
      c = x < y ? -1 : (x == y ? 0 : 1);
    } else {
      int64_t x = a.is_bool() ? a.is_true() : a.as_int(), y = b.is_bool() ? b.is_true() : b.as_int();
      c = x < y ? -1 : x > y;
    }
    return Ref::steal(Value::boolean(cmp_result(op, c)));
  }
  bool user = !ta->builtin || !tb->builtin;
  if (user) {
    // Reflected operand first when b's type is a subclass of a's.
    bool b_first = tb != ta && tb->is_subtype(ta) && !tb->builtin;
    for (int pass = 0; pass < 2; ++pass) {
      bool use_b = (pass == 0) == b_first;
      Value self = use_b ? b : a, other = use_b ? a : b;
      CmpOp o = use_b ? swapped(op) : op;
      Type* st = type_of(self);
      if (st->builtin) continue;
      Ref m = lookup_type(st, intern(cmp_dunder(o)));
      if (m.is_null() || !is_code(*this, m.get())) continue;
      Ref r = call_sync(m.get(), {self, other});
      if (r.get() != not_implemented) return r;
    }
    if (op == C_EQ || op == C_NE) {
      if (op == C_NE) {
        // Default __ne__ inverts __eq__.
        Ref e = lookup_type(ta, intern("__eq__"));
        if (!ta->builtin && !e.is_null() && is_code(*this, e.get())) {
          Ref r = call_sync(e.get(), {a, b});
          if (r.get() != not_implemented) return Ref::steal(Value::boolean(!truthy(r.get())));
        }
      }
      if (!(value_layout(ta->layout) && value_layout(tb->layout))) {
        bool same = a == b;
        return Ref::steal(Value::boolean(op == C_EQ ? same : !same));
      }
    } else if (!(value_layout(ta->layout) && value_layout(tb->layout))) {
      type_error(std::string("'") + cmp_sym(op) + "' not supported between instances of '" + ta->name + "' and '" + tb->name + "'");
    }
    // Subclasses of the built-in containers (namedtuples, dict subclasses)
    // without operators of their own compare as their base does.
  }
  Layout la = ta->layout, lb = tb->layout;
  if (la == Layout::Str && lb == Layout::Str) {
    int c = as_str(a)->view().compare(as_str(b)->view());
    return Ref::steal(Value::boolean(cmp_result(op, c < 0 ? -1 : c > 0)));
  }
  if ((la == Layout::List && lb == Layout::List) || (la == Layout::Tuple && lb == Layout::Tuple)) {
    auto items = [&](Value v, size_t* n) -> Value* {
      if (type_of(v)->layout == Layout::List) { *n = as_list(v)->items.size(); return as_list(v)->items.data(); }
      *n = as_tuple(v)->size; return as_tuple(v)->items;
    };
    size_t na, nb;
    Value* xa = items(a, &na); Value* xb = items(b, &nb);
    size_t i = 0;
    for (; i < na && i < nb; ++i) {
      Ref keep_a = Ref::borrow(xa[i]), keep_b = Ref::borrow(xb[i]);
      if (!eq(keep_a.get(), keep_b.get())) break;
      xa = items(a, &na); xb = items(b, &nb);
    }
    if (i >= na || i >= nb) {
      int c = na < nb ? -1 : na > nb;
      return Ref::steal(Value::boolean(cmp_result(op, c)));
    }
    if (op == C_EQ) return Ref::steal(Value::boolean(false));
    if (op == C_NE) return Ref::steal(Value::boolean(true));
    return compare(xa[i], xb[i], op);
  }
  if (la == Layout::Dict && lb == Layout::Dict && (op == C_EQ || op == C_NE)) {
    Dict* x = as_dict(a); Dict* y = as_dict(b);
    bool same = x->used == y->used;
    size_t pos = 0; Value k, v;
    while (same && dict_next(x, &pos, &k, &v)) {
      Value w = dict_get(*this, y, k);
      if (w.is_null() || !eq(v, w)) same = false;
    }
    return Ref::steal(Value::boolean(op == C_EQ ? same : !same));
  }
  bool sa = la == Layout::Set || la == Layout::FrozenSet, sb = lb == Layout::Set || lb == Layout::FrozenSet;
  // dict.keys() and dict.items() compare with each other and with sets as
  // sets do (d.keys() == {'a'}, d.items() <= e.items()).
  auto setlike_view = [&](Type* t) { Type* k = dict_view_kind(*this, t); return k && k != t_dict_values; };
  bool va = setlike_view(ta), vb = setlike_view(tb);
  if ((va || vb) && (va || sa) && (vb || sb)) {
    auto as_set_value = [&](Value v, bool view) {
      if (!view) return Ref::borrow(v);
      Ref s = new_set(false);
      for (Ref& x : collect(v)) set_add(*this, s.as<Set>(), x.get());
      return s;
    };
    Ref x = as_set_value(a, va), y = as_set_value(b, vb);
    return compare(x.get(), y.get(), op);
  }
  if (sa && sb) {
    Set* x = as_set(a); Set* y = as_set(b);
    auto subset = [&](Set* p, Set* q) {
      if (p->used > q->used) return false;
      size_t pos = 0; Value k;
      while (set_next(p, &pos, &k)) if (!set_contains(*this, q, k)) return false;
      return true;
    };
    bool r = false;
    switch (op) {
      case C_EQ: r = x->used == y->used && subset(x, y); break;
      case C_NE: r = !(x->used == y->used && subset(x, y)); break;
      case C_LE: r = subset(x, y); break;
      case C_LT: r = x->used < y->used && subset(x, y); break;
      case C_GE: r = subset(y, x); break;
      case C_GT: r = y->used < x->used && subset(y, x); break;
    }
    return Ref::steal(Value::boolean(r));
  }
  if (la == Layout::Range && lb == Layout::Range && (op == C_EQ || op == C_NE)) {
    auto *x = static_cast<Range*>(a.as_obj()), *y = static_cast<Range*>(b.as_obj());
    bool same = x->length == y->length && (x->length == 0 || (x->start == y->start && (x->length == 1 || x->step == y->step)));
    return Ref::steal(Value::boolean(op == C_EQ ? same : !same));
  }
  if (op == C_EQ) return Ref::steal(Value::boolean(a == b));
  if (op == C_NE) return Ref::steal(Value::boolean(a != b));
  type_error(std::string("'") + cmp_sym(op) + "' not supported between instances of '" + ta->name + "' and '" + tb->name + "'");
}

// ---------------------------------------------------------------- lookup

Ref VM::lookup_type(Type* t, Value name) {
  TypeLookup& c = type_lookups_[((uintptr_t(t) >> 4) ^ (name.bits() >> 3)) % std::size(type_lookups_)];
  if (c.type == t && c.serial == t->serial && c.name == name) {
    bool fresh = true;
    for (Type* k : t->mro) fresh &= !k->dict || k->dict->keys_version <= c.stamp;
    if (fresh) return c.home ? Ref::borrow(c.home->entries[c.entry].value) : Ref();
  }
  // Stamped before the lookups: a key added while one runs (a Python __eq__
  // of a key) leaves a version above the stamp, so the entry is not trusted.
  uint64_t stamp = Dict::last_keys_version;
  Dict* home = nullptr;
  int32_t e = -1;
  for (Type* k : t->mro) {
    if (!k->dict || k->dict->used == 0) continue;
    e = dict_find(*this, k->dict, name);
    if (e >= 0) { home = k->dict; break; }
  }
  incref(name);
  decref(c.name);
  c = TypeLookup{t, t->serial, name, home, uint32_t(e < 0 ? 0 : e), stamp};
  return home ? Ref::borrow(home->entries[size_t(e)].value) : Ref();
}

}  // namespace yl
