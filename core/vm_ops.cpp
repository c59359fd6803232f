// Arithmetic, attributes, items, containment, length and iteration.
#include <cmath>
#include "num/float_format.h"
#include "builtin_dunders.h"
#include "class_slots.h"
#include "objects/alias.h"
#include "objects/attr_holder.h"
#include "objects/collections_ops.h"
#include "objects/os_error.h"
#include "vm.h"

namespace yl {

Ref str_percent(VM& vm, Str* fmt, Value args);  // str_methods.cpp

namespace {
const char* op_sym(BinOp op) {
  static const char* s[] = {"+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"};
  return s[op];
}
const char* op_dunder(BinOp op, bool reflected) {
  static const char* s[] = {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul", "lshift", "rshift", "and", "or", "xor"};
  static thread_local std::string buf;
  buf = std::string(reflected ? "__r" : "__") + s[op] + "__";
  return buf.c_str();
}
}  // namespace

// binary() is a short dispatcher over out-of-line parts. In V8 a function
// tiers up to TurboFan whole: when binary() held every case in one body
// (14 KB of wasm), its background compile took ~85 ms of a run, and the
// tuple concatenation of nqueens_gen waited in Liftoff code for it.
Ref VM::binary(Value a, Value b, BinOp op, bool inplace) {
  if (is_number(a) && is_number(b)) {
    Ref r = binary_numbers(a, b, op);
    if (!r.is_null()) return r;
  }
  if (!type_of(a)->builtin || !type_of(b)->builtin) {
    Ref r = binary_user(a, b, op, inplace);
    if (!r.is_null()) return r;
  }
  return binary_builtin(a, b, op, inplace);
}

// int, bool and float operands; null when op does not apply to them (such
// as int @ int), for the later parts to report or hand to a user type.
[[gnu::noinline]] Ref VM::binary_numbers(Value a, Value b, BinOp op) {
  if (is_int(a) && is_int(b)) {
    num::BigInt xs, ys;
    const num::BigInt& x = int_value(a, xs);
    const num::BigInt& y = int_value(b, ys);
    switch (op) {
      case B_ADD: return from_bigint(x + y);
      case B_SUB: return from_bigint(x - y);
      case B_MUL: return from_bigint(x * y);
      case B_FLOORDIV: { auto r = num::BigInt::floordiv(x, y); if (!r) raise(e_zero, "integer division or modulo by zero"); return from_bigint(*r); }
      case B_MOD: { auto r = num::BigInt::mod(x, y); if (!r) raise(e_zero, "integer modulo by zero"); return from_bigint(*r); }
      case B_TRUEDIV: {
        if (y.is_zero()) raise(e_zero, "division by zero");
        auto r = num::BigInt::true_divide(x, y);
        if (!r) raise(e_overflow, "integer division result too large for a float");
        return Ref::steal(Value::flt(*r));
      }
      case B_POW: {
        if (y.is_negative()) {
          if (x.is_zero()) raise(e_zero, "0.0 cannot be raised to a negative power");
          return Ref::steal(Value::flt(std::pow(to_double(a), to_double(b))));
        }
        if (!y.fits_int64()) raise(e_overflow, "exponent too large");
        return from_bigint(num::BigInt::pow(x, uint64_t(y.to_int64())));
      }
      case B_LSHIFT: case B_RSHIFT: {
        if (y.is_negative()) raise(e_value, "negative shift count");
        if (!y.fits_int64()) raise(e_overflow, "too many digits in integer");
        return from_bigint(op == B_LSHIFT ? x.shl(uint64_t(y.to_int64())) : x.shr(uint64_t(y.to_int64())));
      }
      case B_AND: if (a.is_bool() && b.is_bool()) return Ref::steal(Value::boolean(a.is_true() && b.is_true())); return from_bigint(x & y);
      case B_OR: if (a.is_bool() && b.is_bool()) return Ref::steal(Value::boolean(a.is_true() || b.is_true())); return from_bigint(x | y);
      case B_XOR: if (a.is_bool() && b.is_bool()) return Ref::steal(Value::boolean(a.is_true() != b.is_true())); return from_bigint(x ^ y);
      default: break;
    }
  }
  double x = to_double(a), y = to_double(b);
  switch (op) {
    case B_ADD: return Ref::steal(Value::flt(x + y));
    case B_SUB: return Ref::steal(Value::flt(x - y));
    case B_MUL: return Ref::steal(Value::flt(x * y));
    case B_TRUEDIV: if (y == 0) raise(e_zero, "float division by zero"); return Ref::steal(Value::flt(x / y));
    case B_FLOORDIV: case B_MOD: {
      auto r = num::float_divmod(x, y);
      if (!r.ok) raise(e_zero, op == B_MOD ? "float modulo" : "float floor division by zero");
      return Ref::steal(Value::flt(op == B_MOD ? r.rem : r.quot));
    }
    case B_POW: {
      auto r = num::float_pow(x, y);
      if (r.status == num::FloatPow::kZeroDivision) raise(e_zero, "0.0 cannot be raised to a negative power");
      if (r.status == num::FloatPow::kOverflow) raise(e_overflow, "(34, 'Numerical result out of range')");
      if (r.status == num::FloatPow::kComplex) raise(e_value, "math domain error");
      return Ref::steal(Value::flt(r.value));
    }
    default: break;
  }
  return Ref();
}

// User-defined operators (and those of module types such as Counter) come
// before the built-in layouts, so a dict or tuple subclass can override them.
// Null when neither operand's type defines the operator.
[[gnu::noinline]] Ref VM::binary_user(Value a, Value b, BinOp op, bool inplace) {
  Type* ta = type_of(a); Type* tb = type_of(b);
  if (inplace && !ta->builtin) {
    std::string iname = std::string("__i") + (op_dunder(op, false) + 2);
    Ref m = lookup_type(ta, intern(iname));
    if (!m.is_null()) {
      Ref r = call_sync(m.get(), {a, b});
      if (r.get() != not_implemented) return r;
    }
  }
  bool b_first = tb != ta && tb->is_subtype(ta) && !tb->builtin;
  for (int pass = 0; pass < 2; ++pass) {
    bool use_b = (pass == 0) == b_first;
    Type* st = use_b ? tb : ta;
    if (st->builtin) continue;
    if (use_b && ta == tb) continue;
    Ref m = lookup_type(st, intern(op_dunder(op, use_b)));
    if (m.is_null()) continue;
    Ref r = call_sync(m.get(), {use_b ? b : a, use_b ? a : b});
    if (r.get() != not_implemented) return r;
  }
  return Ref();
}

// Concatenation of the built-in sequences, the common case kept small for
// V8's tier-up; the other built-in operators follow out of line.
[[gnu::noinline]] Ref VM::binary_builtin(Value a, Value b, BinOp op, bool inplace) {
  Type* ta = type_of(a); Type* tb = type_of(b);
  Layout la = ta->layout, lb = tb->layout;
  if (op == B_ADD && la == Layout::Str && lb == Layout::Str) {
    std::string s(as_str(a)->view()); s += as_str(b)->view();
    return str(s);
  }
  if (op == B_ADD && la == Layout::List && lb == Layout::List) {
    if (inplace) {
      for (Value v : std::vector<Value>(as_list(b)->items.begin(), as_list(b)->items.end())) list_append(as_list(a), v);
      return Ref::borrow(a);
    }
    Ref r = new_list(as_list(a)->items.size() + as_list(b)->items.size());
    for (Value v : as_list(a)->items) list_append(r.as<List>(), v);
    for (Value v : as_list(b)->items) list_append(r.as<List>(), v);
    return r;
  }
  if (op == B_ADD && inplace && la == Layout::List) {
    for (auto& v : collect(b)) list_append(as_list(a), v.get());
    return Ref::borrow(a);
  }
  if (op == B_ADD && la == Layout::Tuple && lb == Layout::Tuple) {
    const Tuple* x = as_tuple(a); const Tuple* y = as_tuple(b);
    Ref r = new_tuple(x->size + y->size);
    Value* out = r.as<Tuple>()->items;
    for (size_t i = 0; i < x->size; ++i) { incref(x->items[i]); out[i] = x->items[i]; }
    for (size_t i = 0; i < y->size; ++i) { incref(y->items[i]); out[x->size + i] = y->items[i]; }
    return r;
  }
  return binary_builtin_other(a, b, op, inplace);
}

// Repetition, str %, the set and dict operators, then the TypeError for
// operand types that have none.
[[gnu::noinline]] Ref VM::binary_builtin_other(Value a, Value b, BinOp op, bool inplace) {
  Type* ta = type_of(a); Type* tb = type_of(b);
  Layout la = ta->layout, lb = tb->layout;
  if (op == B_MUL && ((la == Layout::Str || la == Layout::List || la == Layout::Tuple) && is_int(b) ||
                      (lb == Layout::Str || lb == Layout::List || lb == Layout::Tuple) && is_int(a))) {
    Value seq = is_int(b) ? a : b;
    int64_t n = index_of(is_int(b) ? b : a);
    if (n < 0) n = 0;
    Layout l = type_of(seq)->layout;
    if (l == Layout::Str) {
      std::string_view v = as_str(seq)->view();
      if (v.size() * size_t(n) > (size_t(1) << 31)) throw MemoryExhausted{};
      std::string s; s.reserve(v.size() * size_t(n));
      for (int64_t i = 0; i < n; ++i) s += v;
      return str(s);
    }
    std::vector<Value> src = l == Layout::List ? std::vector<Value>(as_list(seq)->items.begin(), as_list(seq)->items.end())
                                               : std::vector<Value>(as_tuple(seq)->items, as_tuple(seq)->items + as_tuple(seq)->size);
    if (src.size() * size_t(n) > (size_t(1) << 28)) throw MemoryExhausted{};
    if (l == Layout::List) {
      if (inplace && seq == a) {
        auto* lst = as_list(a);
        if (n == 0) { lst->clear(); return Ref::borrow(a); }
        for (int64_t i = 1; i < n; ++i) for (Value v : src) list_append(lst, v);
        return Ref::borrow(a);
      }
      Ref r = new_list(src.size() * size_t(n));
      for (int64_t i = 0; i < n; ++i) for (Value v : src) list_append(r.as<List>(), v);
      return r;
    }
    std::vector<Value> items;
    for (int64_t i = 0; i < n; ++i) items.insert(items.end(), src.begin(), src.end());
    return new_tuple(items.data(), items.size());
  }
  if (op == B_MOD && la == Layout::Str) return str_percent(*this, as_str(a), b);
  bool sa = la == Layout::Set || la == Layout::FrozenSet, sb = lb == Layout::Set || lb == Layout::FrozenSet;
  bool set_op = op == B_OR || op == B_AND || op == B_SUB || op == B_XOR;
  char set_sym = op == B_OR ? '|' : op == B_AND ? '&' : op == B_SUB ? '-' : '^';
  if (sa && sb && set_op) {
    if (inplace && la == Layout::Set) { set_inplace_op(*this, a, b, set_sym); return Ref::borrow(a); }
    return set_binary_op(*this, a, b, set_sym);
  }
  // dict.keys() and dict.items() support the set operators; the result is a set.
  auto setlike_view = [&](Value v) { Type* k = dict_view_kind(*this, type_of(v)); return k && k != t_dict_values; };
  if (set_op && ((setlike_view(a) && (sb || setlike_view(b))) || (sa && setlike_view(b)))) {
    auto as_set_value = [&](Value v) {
      Ref s = new_set(false);
      for (Ref& x : collect(v)) set_add(*this, s.as<Set>(), x.get());
      return s;
    };
    Ref x = as_set_value(a), y = sb ? Ref::borrow(b) : as_set_value(b);
    set_inplace_op(*this, x.get(), y.get(), set_sym);
    return x;
  }
  if (op == B_OR && la == Layout::Dict && lb == Layout::Dict) {
    Ref r = inplace ? Ref::borrow(a) : new_dict();
    size_t pos = 0; Value k, v;
    if (!inplace) while (dict_next(as_dict(a), &pos, &k, &v)) dict_set(*this, r.as<Dict>(), k, v);
    pos = 0;
    while (dict_next(as_dict(b), &pos, &k, &v)) dict_set(*this, r.as<Dict>(), k, v);
    return r;
  }
  if (op == B_ADD && la == Layout::Str)
    type_error("can only concatenate str (not \"" + tb->name + "\") to str");
  if (op == B_ADD && la == Layout::List)
    type_error("can only concatenate list (not \"" + tb->name + "\") to list");
  if (op == B_ADD && la == Layout::Tuple)
    type_error("can only concatenate tuple (not \"" + tb->name + "\") to tuple");
  if (op == B_MUL && (la == Layout::Str || la == Layout::List || la == Layout::Tuple) && !is_int(b))
    type_error("can't multiply sequence by non-int of type '" + tb->name + "'");
  if (op == B_OR && !inplace) {
    Ref u = union_or_null(*this, a, b);  // int | None in annotations
    if (!u.is_null()) return u;
  }
  std::string sym = op_sym(op);
  if (op == B_POW) type_error("unsupported operand type(s) for " + std::string(inplace ? "**=" : "** or pow()") + ": '" + ta->name + "' and '" + tb->name + "'");
  type_error("unsupported operand type(s) for " + sym + (inplace ? "=" : "") + ": '" + ta->name + "' and '" + tb->name + "'");
}

Ref VM::unary(Value a, UnOp op) {
  if (op == U_NOT) return Ref::steal(Value::boolean(!truthy(a)));
  if (a.is_float()) {
    if (op == U_NEG) return Ref::steal(Value::flt(-a.as_float()));
    if (op == U_POS) return Ref::steal(a);
  }
  if (is_int(a)) {
    num::BigInt xs;
    const num::BigInt& x = int_value(a, xs);
    if (op == U_NEG) return from_bigint(-x);
    if (op == U_POS) return from_bigint(x);
    return from_bigint(~x);
  }
  Type* t = type_of(a);
  const char* name = op == U_NEG ? "__neg__" : op == U_POS ? "__pos__" : "__invert__";
  Ref m = lookup_type(t, intern(name));
  if (!m.is_null() && !t->builtin) return call_sync(m.get(), {a});
  type_error(std::string("bad operand type for unary ") + (op == U_NEG ? "-" : op == U_POS ? "+" : "~") + ": '" + t->name + "'");
}

// ---------------------------------------------------------------- attributes

Ref VM::getattr(Value o, Value name) {
  Ref r = getattr_opt(o, name);
  if (!r.is_null()) return r;
  Type* t = type_of(o);
  if (!t->builtin) {
    Ref ga = lookup_type(t, intern("__getattr__"));
    if (!ga.is_null()) return call_sync(ga.get(), {o, name});
  }
  std::string n = as_str(name)->str();
  if (t->layout == Layout::Module) raise_attribute_error(o, name, "module '" + static_cast<Module*>(o.as_obj())->name + "' has no attribute '" + n + "'");
  if (t->layout == Layout::Type) raise_attribute_error(o, name, "type object '" + static_cast<Type*>(o.as_obj())->name + "' has no attribute '" + n + "'");
  raise_attribute_error(o, name, "'" + t->name + "' object has no attribute '" + n + "'");
}

namespace {
// The attribute store of a subclass instance with a built-in layout (see
// attr_holder.h), or null.
AttrHolder* attr_holder(Value o, Type* t) {
  if (t->builtin || !o.is_obj() || t->layout == Layout::Instance || t->layout == Layout::Exception) return nullptr;
  auto* h = dynamic_cast<AttrHolder*>(o.as_obj());
  return h && h->takes_attrs ? h : nullptr;
}
// Binds what a type's dict holds to `self` (functions become methods, ...).
Ref bind(VM& vm, Value attr, Value self, Type* owner_type, bool on_type) {
  if (!attr.is_obj()) return Ref::borrow(attr);
  Type* at = attr.as_obj()->type;
  if (at == vm.t_function || at == vm.t_native) {
    if (on_type) return Ref::borrow(attr);
    return Ref(make<BoundMethod>(vm.t_method, self, attr));
  }
  if (at == vm.t_staticmethod) return Ref::borrow(static_cast<Wrapper*>(attr.as_obj())->fget);
  // Descriptors of native modules (functools' lru_cache wrapper binds like a
  // function, cached_property computes on first access).
  if (at->builtin && (at->layout == Layout::Instance || at->layout == Layout::Object)) {
    Value get = dict_get_str(at->dict, "__get__");
    if (!get.is_null() && get.is_obj() && get.as_obj()->type == vm.t_native)
      return vm.call_sync(get, {attr, on_type ? Value::none() : self, Value::obj(owner_type)});
  }
  if (at == vm.t_classmethod) return Ref(make<BoundMethod>(vm.t_method, Value::obj(owner_type), static_cast<Wrapper*>(attr.as_obj())->fget));
  if (at == vm.t_property) {
    if (on_type) return Ref::borrow(attr);
    return vm.call_sync(static_cast<Wrapper*>(attr.as_obj())->fget, {self});
  }
  return Ref::borrow(attr);
}
}  // namespace

Ref VM::getattr_opt(Value o, Value name) {
  Type* t = type_of(o);
  std::string_view n = as_str(name)->view();
  if (o.is_obj()) {
    Object* ob = o.as_obj();
    switch (t->layout) {
      case Layout::Module: {
        Value v = dict_get(*this, static_cast<Module*>(ob)->dict, name);
        if (!v.is_null()) return Ref::borrow(v);
        if (n == "__name__") return str(static_cast<Module*>(ob)->name);
        return Ref();
      }
      case Layout::Type: {
        auto* ty = static_cast<Type*>(ob);
        if (n == "__name__" || n == "__qualname__") {
          // The type's own names (a module type keeps its short name in its dict),
          // never a base class's.
          Value own = ty->dict ? dict_get(*this, ty->dict, name) : Value::null();
          return own.is_null() ? str(ty->name) : Ref::borrow(own);
        }
        for (Type* k : ty->mro) {
          Value v = k->dict ? dict_get(*this, k->dict, name) : Value::null();
          if (!v.is_null()) return bind(*this, v, o, ty, true);
        }
        if (n == "__name__") return str(ty->name);
        if (n == "__qualname__") return str(ty->name);
        if (n == "__mro__") { std::vector<Value> m; for (Type* k : ty->mro) m.push_back(Value::obj(k)); return new_tuple(m.data(), m.size()); }
        if (n == "__bases__") { if (!ty->base) return new_tuple(nullptr, 0); Value b = Value::obj(ty->base); return new_tuple(&b, 1); }
        if (n == "__base__") return ty->base ? Ref::borrow(Value::obj(ty->base)) : Ref::borrow(Value::none());
        if (n == "__dict__") return Ref::borrow(Value::obj(ty->dict));
        if (n == "__class__") return Ref::borrow(Value::obj(ty->type));
        if (n == "__doc__") return Ref::borrow(Value::none());
        if (n.size() > 4 && n.substr(0, 2) == "__") {
          // The instances' method (list.__iter__), else the class's own as an
          // instance of its metaclass (list.__call__).
          Ref d = builtin_dunder_unbound(*this, ty, n);
          if (d.is_null() && ty == t_object) d = object_function(*this, n);
          return d.is_null() ? builtin_dunder(*this, o, t, n) : d;
        }
        return Ref();
      }
      case Layout::Instance: case Layout::Exception: {
        Value v = dict_get(*this, static_cast<Instance*>(ob)->attrs, name);
        // Data descriptors (property) win over the instance dict.
        Ref cls_attr = lookup_type(t, name);
        if (!cls_attr.is_null() && cls_attr.get().is_obj() && cls_attr.get().as_obj()->type == t_property)
          return bind(*this, cls_attr.get(), o, t, false);
        if (!v.is_null()) return Ref::borrow(v);
        if (!cls_attr.is_null()) return bind(*this, cls_attr.get(), o, t, false);
        if (n == "__dict__" && !t->slots_only) return instance_dict(*this, t, static_cast<Instance*>(ob)->attrs);
        if (t->layout == Layout::Exception) {
          auto* e = static_cast<ExceptionObj*>(ob);
          if (n == "args") return Ref::borrow(e->args);
          if (n == "__cause__") return Ref::borrow(e->cause);
          if (n == "__context__") return Ref::borrow(e->context);
          if (n == "__suppress_context__") return Ref::borrow(Value::boolean(e->suppress_context));
          if (n == "__traceback__") return Ref::borrow(Value::none());
          if (n == "value" && t->is_subtype(e_stop)) {
            Tuple* a = as_tuple(e->args);
            return Ref::borrow(a->size ? a->items[0] : Value::none());
          }
          if (n == "code" && t->is_subtype(e_system_exit)) {
            Tuple* a = as_tuple(e->args);
            return Ref::borrow(a->size ? a->items[0] : Value::none());
          }
          if (t->is_subtype(e_os)) {
            Ref r = os_error_attr(*this, e, n);
            if (!r.is_null()) return r;
          }
        }
        break;
      }
      case Layout::Function: {
        auto* fn = static_cast<Function*>(ob);
        if (n == "__name__") return Ref::borrow(fn->name);
        if (n == "__qualname__") return Ref::borrow(fn->qualname);
        if (n == "__module__") return Ref::borrow(fn->module);
        if (n == "__doc__" && !(fn->attrs && !dict_get(*this, fn->attrs, name).is_null())) {
          Code* c = fn->code;
          return Ref::borrow(c->doc_const >= 0 ? c->consts[size_t(c->doc_const)] : Value::none());
        }
        if (n == "__defaults__") return fn->defaults ? Ref::borrow(Value::obj(fn->defaults)) : Ref::borrow(Value::none());
        if (n == "__code__") return Ref::borrow(Value::obj(fn->code));
        if (n == "__annotations__") {
          if (!fn->annotations) fn->annotations = static_cast<Dict*>(new_dict().release().as_obj());
          return Ref::borrow(Value::obj(fn->annotations));
        }
        if (n == "__dict__") {
          if (!fn->attrs) fn->attrs = static_cast<Dict*>(new_dict().release().as_obj());
          return Ref::borrow(Value::obj(fn->attrs));
        }
        if (fn->attrs) { Value v = dict_get(*this, fn->attrs, name); if (!v.is_null()) return Ref::borrow(v); }
        break;
      }
      case Layout::Generator: {
        auto* g = static_cast<Generator*>(ob);
        if (n == "__name__") return Ref::borrow(g->name);
        if (n == "__qualname__") return Ref::borrow(g->qualname);
        if (n == "gi_running") return Ref::steal(Value::boolean(g->state == GenState::Running));
        if (n == "gi_suspended") return Ref::steal(Value::boolean(g->state == GenState::Suspended));
        if (n == "gi_frame") {
          if (!g->frame) return Ref::borrow(Value::none());
          return Ref::borrow(o);  // stands in for the frame object
        }
        if (n == "gi_code") return Ref::borrow(Value::obj(g->code));
        if (n == "gi_yieldfrom") {
          PyFrame* f = g->frame;
          if (g->state == GenState::Suspended && f && f->ip >= 2 && op_of(f->code->ops[f->ip - 2]) == SEND && f->sp)
            return Ref::borrow(f->stack[f->sp - 1]);
          return Ref::borrow(Value::none());
        }
        if (n == "f_lineno" && g->frame)  // not started: the def line, as in CPython 3.11
          return from_int64(g->state == GenState::Created ? g->code->firstline : g->frame->line());
        // The rest of what gi_frame (the generator standing in for its frame)
        // offers; a suspended generator's frame has no caller (f_back None).
        if (n == "f_code" && g->frame) return Ref::borrow(Value::obj(g->code));
        if (n == "f_globals" && g->frame) return Ref::borrow(Value::obj(g->frame->globals));
        if (n == "f_back" && g->frame) return Ref::borrow(Value::none());
        if (n == "f_locals" && g->frame) {
          Ref d = new_dict();
          Code* c = g->frame->code;
          for (int i = 0; i < c->nlocals(); ++i)
            if (!g->frame->slots[i].is_null()) dict_set(*this, d.as<Dict>(), c->varnames[size_t(i)], g->frame->slots[i]);
          return d;
        }
        break;
      }
      case Layout::Code: {
        auto* c = static_cast<Code*>(ob);
        if (n == "co_name") return str(c->name);
        if (n == "co_qualname") return str(c->qualname);
        if (n == "co_filename") return str(c->filename);
        if (n == "co_firstlineno") return from_int64(c->firstline);
        if (n == "co_argcount") return from_int64(c->argcount);
        if (n == "co_posonlyargcount") return from_int64(c->posonly);
        if (n == "co_kwonlyargcount") return from_int64(c->kwonly);
        if (n == "co_nlocals") return from_int64(c->nlocals());
        if (n == "co_varnames") return new_tuple(c->varnames.data(), c->varnames.size());
        if (n == "co_cellvars") return new_tuple(c->cellnames.data(), c->cellnames.size());
        if (n == "co_freevars") return new_tuple(c->freenames.data(), c->freenames.size());
        break;
      }
      case Layout::BoundMethod: {
        auto* bm = static_cast<BoundMethod*>(ob);
        if (n == "__self__") return Ref::borrow(bm->self);
        if (n == "__func__") return Ref::borrow(bm->func);
        if (n == "__name__") return getattr_opt(bm->func, name);
        break;
      }
      case Layout::Native:
        if (n == "__name__") return str(static_cast<NativeFunction*>(ob)->name);
        break;
      case Layout::Range: case Layout::Slice: {
        if (t->layout == Layout::Range) {
          auto* r = static_cast<Range*>(ob);
          if (n == "start") return from_int64(r->start);
          if (n == "stop") return from_int64(r->stop);
          if (n == "step") return from_int64(r->step);
        } else {
          auto* s = static_cast<Slice*>(ob);
          if (n == "start") return Ref::borrow(s->start);
          if (n == "stop") return Ref::borrow(s->stop);
          if (n == "step") return Ref::borrow(s->step);
        }
        break;
      }
      case Layout::Property: {
        auto* w = static_cast<Wrapper*>(ob);
        if (n == "fget") return Ref::borrow(w->fget);
        break;
      }
      case Layout::Super: {
        auto* s = static_cast<SuperObj*>(ob);
        Type* st = type_of(s->self);
        bool on_type = false;
        if (s->self.is_obj() && s->self.as_obj()->type->is_subtype(t_type)) { st = static_cast<Type*>(s->self.as_obj()); on_type = true; }
        bool past = false;
        for (Type* k : st->mro) {
          if (!past) { if (k == s->start) past = true; continue; }
          Value v = k->dict ? dict_get(*this, k->dict, name) : Value::null();
          if (!v.is_null()) {
            if (v.is_obj() && v.as_obj()->type == t_classmethod)
              return Ref(make<BoundMethod>(t_method, Value::obj(st), static_cast<Wrapper*>(v.as_obj())->fget));
            return bind(*this, v, s->self, st, on_type);
          }
        }
        // Nothing up to object defines it: object's own (super().__init__()),
        // when no other built-in class (Exception, dict ...) comes first.
        Type* first_builtin = nullptr;
        for (Type* k : st->mro) if (k->builtin) { first_builtin = k; break; }
        if (on_type || !first_builtin) return Ref();
        if (first_builtin == t_object) return object_method(*this, s->self, n);
        if (first_builtin->layout == Layout::Exception) return exception_method(*this, s->self, n);
        return Ref();
      }
      default: break;
    }
  }
  if (n == "__class__") return Ref::borrow(Value::obj(t));
  Ref cls_attr = lookup_type(t, name);
  if (AttrHolder* h = attr_holder(o, t)) {
    // As for instances: a property wins over the instance's own attributes.
    bool property = !cls_attr.is_null() && cls_attr.get().is_obj() && cls_attr.get().as_obj()->type == t_property;
    Value v = h->attrs && !property ? dict_get(*this, h->attrs, name) : Value::null();
    if (!v.is_null()) return Ref::borrow(v);
    if (cls_attr.is_null() && n == "__dict__") {
      if (!h->attrs) h->attrs = static_cast<Dict*>(new_dict().release().as_obj());
      return Ref::borrow(Value::obj(h->attrs));
    }
  }
  if (!cls_attr.is_null()) return bind(*this, cls_attr.get(), o, t, false);
  if (n == "real" && (o.is_int() || o.is_float() || o.is_bool())) return Ref::borrow(o);
  if (n == "imag" && (o.is_int() || o.is_bool())) return Ref::steal(Value::small(0));
  if (n == "imag" && o.is_float()) return Ref::steal(Value::flt(0.0));
  if (n.size() > 4 && n.substr(0, 2) == "__") return builtin_dunder(*this, o, t, n);
  return Ref();
}

void VM::setattr(Value o, Value name, Value v) {
  Type* t = type_of(o);
  if (o.is_obj()) {
    Object* ob = o.as_obj();
    if (t->layout == Layout::Instance || t->layout == Layout::Exception) {
      Ref cls_attr = lookup_type(t, name);
      if (!cls_attr.is_null() && cls_attr.get().is_obj() && cls_attr.get().as_obj()->type == t_property) {
        Value setter = static_cast<Wrapper*>(cls_attr.get().as_obj())->fset;
        if (setter.is_none())
          raise(e_attribute, "property '" + as_str(name)->str() + "' of '" + t->name + "' object has no setter");
        call_sync(setter, {o, v});
        return;
      }
      Ref sa = t->builtin ? Ref() : lookup_type(t, intern("__setattr__"));
      // A Python __setattr__, or a native one a module installs (a frozen dataclass's).
      if (!sa.is_null() && sa.get().is_obj() && (sa.get().as_obj()->type == t_function || sa.get().as_obj()->type == t_native)) {
        call_sync(sa.get(), {o, name, v});
        return;
      }
      if (t->layout == Layout::Exception) {
        auto* e = static_cast<ExceptionObj*>(ob);
        std::string_view n = as_str(name)->view();
        if (n == "__cause__") { incref(v); decref(e->cause); e->cause = v; e->suppress_context = true; return; }
        if (n == "__context__") { incref(v); decref(e->context); e->context = v; return; }
      }
      if (t->slots_only && !has_slot(t, as_str(name)->view()))
        raise_attribute_error(o, name, "'" + t->name + "' object has no attribute '" + as_str(name)->str() + "'");
      dict_set(*this, static_cast<Instance*>(ob)->attrs, name, v);
      return;
    }
    if (t->layout == Layout::Type && !static_cast<Type*>(ob)->builtin) {
      dict_set(*this, static_cast<Type*>(ob)->dict, name, v);
      return;
    }
    if (t->layout == Layout::Module) { dict_set(*this, static_cast<Module*>(ob)->dict, name, v); return; }
    if (t->layout == Layout::Generator) {
      auto* g = static_cast<Generator*>(ob);
      std::string_view n = as_str(name)->view();
      if (n == "__name__" || n == "__qualname__") {
        if (!(v.is_obj() && type_of(v)->layout == Layout::Str)) type_error(std::string(n) + " must be set to a string object");
        Value& slot = n == "__name__" ? g->name : g->qualname;
        incref(v); decref(slot); slot = v;
        return;
      }
    }
    if (t->layout == Layout::Function) {
      auto* fn = static_cast<Function*>(ob);
      std::string_view n = as_str(name)->view();
      // The names live in the function itself, as getattr reads them (functools.wraps sets them).
      if (n == "__name__" || n == "__qualname__") {
        if (!(v.is_obj() && type_of(v)->layout == Layout::Str)) type_error(std::string(n) + " must be set to a string object");
        Value& slot = n == "__name__" ? fn->name : fn->qualname;
        incref(v); decref(slot); slot = v;
        return;
      }
      if (n == "__module__") { incref(v); decref(fn->module); fn->module = v; return; }
      if (!fn->attrs) fn->attrs = static_cast<Dict*>(new_dict().release().as_obj());
      dict_set(*this, fn->attrs, name, v);
      return;
    }
  }
  if (t->layout == Layout::Type)
    type_error("cannot set '" + as_str(name)->str() + "' attribute of immutable type '" + static_cast<Type*>(o.as_obj())->name + "'");
  // Properties of native layouts; the read-only ones: a getter named like the attribute
  // (deque.maxlen) reads as CPython's getset descriptors, other natives (the
  // fields of a namedtuple) as its tuple getters, Python getters as property.
  Ref cls_attr = o.is_obj() ? lookup_type(t, name) : Ref();
  if (!cls_attr.is_null() && cls_attr.get().is_obj() && cls_attr.get().as_obj()->type == t_property) {
    Value setter = static_cast<Wrapper*>(cls_attr.get().as_obj())->fset;
    if (!setter.is_none()) { call_sync(setter, {o, v}); return; }  // defaultdict.default_factory
    Value g = static_cast<Wrapper*>(cls_attr.get().as_obj())->fget;
    auto* nf = g.is_obj() && g.as_obj()->type == t_native ? static_cast<NativeFunction*>(g.as_obj()) : nullptr;
    if (nf && nf->owner && as_str(name)->view() == nf->name)
      raise(e_attribute, "attribute '" + as_str(name)->str() + "' of '" + nf->owner + "' objects is not writable");
    if (!nf) raise(e_attribute, "property '" + as_str(name)->str() + "' of '" + t->name + "' object has no setter");
    raise(e_attribute, "can't set attribute");
  }
  if (AttrHolder* h = attr_holder(o, t)) {
    if (!h->attrs) h->attrs = static_cast<Dict*>(new_dict().release().as_obj());
    dict_set(*this, h->attrs, name, v);
    return;
  }
  raise(e_attribute, "'" + t->name + "' object has no attribute '" + as_str(name)->str() + "'");
}

void VM::delattr(Value o, Value name) {
  Type* t = type_of(o);
  if (o.is_obj() && (t->layout == Layout::Instance || t->layout == Layout::Exception)) {
    // A native __delattr__ a module installs (a frozen dataclass's).
    Ref da = t->builtin ? Ref() : lookup_type(t, intern("__delattr__"));
    if (!da.is_null() && da.get().is_obj() && da.get().as_obj()->type == t_native) {
      call_sync(da.get(), {o, name});
      return;
    }
    if (dict_del(*this, static_cast<Instance*>(o.as_obj())->attrs, name)) return;
    // An empty slot: CPython's message is the bare name.
    if (has_slot(t, as_str(name)->view())) raise(e_attribute, as_str(name)->view());
  }
  if (o.is_obj() && t->layout == Layout::Type && !static_cast<Type*>(o.as_obj())->builtin)
    if (dict_del(*this, static_cast<Type*>(o.as_obj())->dict, name)) return;
  if (AttrHolder* h = attr_holder(o, t); h && h->attrs)
    if (dict_del(*this, h->attrs, name)) return;
  raise(e_attribute, "'" + t->name + "' object has no attribute '" + as_str(name)->str() + "'");
}

}  // namespace yl
