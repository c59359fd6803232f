#include "builtin_dunders.h"
#include <cstdio>
#include "objects/collections_ops.h"

namespace yl {

namespace {

enum Family : uint8_t { Iterable, Sized, Subscript, Mutable, Reversible, Callable, Hashable, Any, Arith, Numeric };

struct Dunder {
  const char* name;
  Family family;
  NativeFn fn;
};

Value d_iter(VM& vm, CallArgs& a) { return vm.get_iter(a[0]).release(); }
Value d_len(VM& vm, CallArgs& a) { check_args(vm, "__len__", a, 1, 1); return vm.from_int64(int64_t(vm.len(a[0]))).release(); }
Value d_contains(VM& vm, CallArgs& a) { check_args(vm, "__contains__", a, 2, 2); return Value::boolean(vm.contains(a[0], a[1])); }
Value d_getitem(VM& vm, CallArgs& a) { check_args(vm, "__getitem__", a, 2, 2); return vm.getitem(a[0], a[1]).release(); }
Value d_setitem(VM& vm, CallArgs& a) { check_args(vm, "__setitem__", a, 3, 3); vm.setitem(a[0], a[1], a[2]); return Value::none(); }
Value d_delitem(VM& vm, CallArgs& a) { check_args(vm, "__delitem__", a, 2, 2); vm.delitem(a[0], a[1]); return Value::none(); }
Value d_reversed(VM& vm, CallArgs& a) {
  Value rev = dict_get(vm, vm.builtins, vm.intern("reversed"));
  return vm.call_sync(rev, {a[0]}).release();
}
Value d_call(VM& vm, CallArgs& a) { return vm.call_sync(a[0], a.args + 1, a.n - 1).release(); }
Value d_hash(VM& vm, CallArgs& a) { return vm.from_int64(vm.hash(a[0])).release(); }
Value d_repr(VM& vm, CallArgs& a) { return vm.repr(a[0]).release(); }
Value d_str(VM& vm, CallArgs& a) { return vm.to_str(a[0]).release(); }

// The binary dunders answer NotImplemented where the operator would fail:
// (5).__add__("x").
template <BinOp op>
Value d_binary(VM& vm, CallArgs& a) {
  check_args(vm, "operator", a, 2, 2);
  try {
    return vm.binary(a[0], a[1], op).release();
  } catch (PyException& e) {
    if (!vm.isinstance(e.exc, vm.e_type)) throw;
    incref(vm.not_implemented);
    return vm.not_implemented;
  }
}
template <CmpOp op>
Value d_compare(VM& vm, CallArgs& a) {
  check_args(vm, "comparison", a, 2, 2);
  try {
    return vm.compare(a[0], a[1], op).release();
  } catch (PyException& e) {
    if (!vm.isinstance(e.exc, vm.e_type)) throw;
    incref(vm.not_implemented);
    return vm.not_implemented;
  }
}

const Dunder kDunders[] = {
    {"__iter__", Iterable, d_iter},         {"__len__", Sized, d_len},
    {"__contains__", Sized, d_contains},    {"__getitem__", Subscript, d_getitem},
    {"__setitem__", Mutable, d_setitem},    {"__delitem__", Mutable, d_delitem},
    {"__reversed__", Reversible, d_reversed}, {"__call__", Callable, d_call},
    {"__hash__", Hashable, d_hash},         {"__repr__", Any, d_repr},
    {"__str__", Any, d_str},                {"__eq__", Any, d_compare<C_EQ>},
    {"__ne__", Any, d_compare<C_NE>},       {"__lt__", Any, d_compare<C_LT>},
    {"__le__", Any, d_compare<C_LE>},       {"__gt__", Any, d_compare<C_GT>},
    {"__ge__", Any, d_compare<C_GE>},       {"__add__", Arith, d_binary<B_ADD>},
    {"__mul__", Arith, d_binary<B_MUL>},    {"__sub__", Numeric, d_binary<B_SUB>},
    {"__truediv__", Numeric, d_binary<B_TRUEDIV>}, {"__floordiv__", Numeric, d_binary<B_FLOORDIV>},
    {"__mod__", Numeric, d_binary<B_MOD>},  {"__pow__", Numeric, d_binary<B_POW>},
};

bool in_family(VM& vm, Type* t, Family f) {
  Layout l = t->layout;
  Type* view = dict_view_kind(vm, t);
  bool iterator = l == Layout::Generator || l == Layout::NativeIter || l == Layout::Iterator || l == Layout::File;
  bool collection = l == Layout::List || l == Layout::Tuple || l == Layout::Str || l == Layout::Dict ||
                    l == Layout::Set || l == Layout::FrozenSet || l == Layout::Range || view;
  bool number = l == Layout::Int || l == Layout::Bool || l == Layout::Float;
  switch (f) {
    case Iterable: return iterator || collection;
    case Sized: return collection;
    case Subscript: return l == Layout::List || l == Layout::Tuple || l == Layout::Str || l == Layout::Dict || l == Layout::Range;
    case Mutable: return l == Layout::List || l == Layout::Dict;
    case Reversible: return l == Layout::List || l == Layout::Dict || l == Layout::Range || view;
    case Callable: return l == Layout::Type || l == Layout::Function || l == Layout::Native || l == Layout::BoundMethod;
    case Hashable: return !(l == Layout::List || l == Layout::Dict || l == Layout::Set || (view && view != vm.t_dict_values));
    case Any: return true;
    case Arith: return number || l == Layout::List || l == Layout::Tuple || l == Layout::Str;
    case Numeric: return number;
  }
  return false;
}

const Dunder* find(std::string_view name) {
  for (const Dunder& d : kDunders) if (name == d.name) return &d;
  return nullptr;
}

}  // namespace

bool builtin_has_dunder(VM& vm, Type* t, std::string_view name) {
  const Dunder* d = find(name);
  return d && in_family(vm, t, d->family);
}

namespace {
const Dunder* dunder_of(VM& vm, Type* t, std::string_view name, Type** base) {
  *base = nullptr;
  for (Type* k : t->mro) if (k->builtin) { *base = k; break; }
  const Dunder* d = find(name);
  if (!*base || !d || !in_family(vm, *base, d->family)) return nullptr;
  return d;
}
}  // namespace

Ref builtin_dunder(VM& vm, Value self, Type* t, std::string_view name) {
  Type* b;
  const Dunder* d = dunder_of(vm, t, name, &b);
  if (!d) return Ref();
  Ref fn = vm.new_native(d->name, d->fn, b->name.c_str());
  return Ref(make<BoundMethod>(vm.t_method, self, fn.get()));
}

Ref builtin_dunder_unbound(VM& vm, Type* cls, std::string_view name) {
  Type* b;
  const Dunder* d = dunder_of(vm, cls, name, &b);
  if (!d) return Ref();
  return vm.new_native(d->name, d->fn, b->name.c_str());
}

namespace {

Value o_init(VM& vm, CallArgs& a) {
  if (a.n != 1 || a.nkw()) vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)");
  return Value::none();
}
// <__main__.Point object at 0x...>, never the class's own __repr__.
Value o_repr(VM& vm, CallArgs& a) {
  check_args(vm, "__repr__", a, 1, 1);
  Type* t = vm.type_of(a[0]);
  Value mod = t->dict ? dict_get(vm, t->dict, vm.intern("__module__")) : Value::null();
  Value qn = t->dict ? dict_get(vm, t->dict, vm.intern("__qualname__")) : Value::null();
  char where[32];
  std::snprintf(where, sizeof where, "0x%012llx", (unsigned long long)(uintptr_t)(a[0].is_obj() ? a[0].as_obj() : nullptr));
  std::string name = (mod.is_null() ? std::string() : vm.str_s(mod) + ".") + (qn.is_null() ? t->name : vm.str_s(qn));
  return vm.str("<" + name + " object at " + where + ">").release();
}
Value o_str(VM& vm, CallArgs& a) { check_args(vm, "__str__", a, 1, 1); return vm.repr(a[0]).release(); }
Value o_eq(VM& vm, CallArgs& a) {
  check_args(vm, "__eq__", a, 2, 2);
  if (a[0] == a[1]) return Value::boolean(true);
  incref(vm.not_implemented);
  return vm.not_implemented;
}
Value o_ne(VM& vm, CallArgs& a) {
  check_args(vm, "__ne__", a, 2, 2);
  if (a[0] == a[1]) return Value::boolean(false);
  incref(vm.not_implemented);
  return vm.not_implemented;
}
Value o_hash(VM& vm, CallArgs& a) {
  check_args(vm, "__hash__", a, 1, 1);
  return vm.from_int64(int64_t(uintptr_t(a[0].as_obj()) >> 4)).release();
}
// Stores in the instance's dict (a property's setter still runs), never
// through the class's own __setattr__.
Value o_setattr(VM& vm, CallArgs& a) {
  check_args(vm, "__setattr__", a, 3, 3);
  Type* t = vm.type_of(a[0]);
  if (t->layout != Layout::Instance && t->layout != Layout::Exception) { vm.setattr(a[0], a[1], a[2]); return Value::none(); }
  Ref cls_attr = vm.lookup_type(t, a[1]);
  if (!cls_attr.is_null() && cls_attr.get().is_obj() && cls_attr.get().as_obj()->type == vm.t_property) {
    vm.setattr(a[0], a[1], a[2]);
    return Value::none();
  }
  dict_set(vm, static_cast<Instance*>(a[0].as_obj())->attrs, a[1], a[2]);
  return Value::none();
}

// BaseException.__str__: '' with no arguments, str(arg) with one, str(args) else.
Value e_str(VM& vm, CallArgs& a) {
  check_args(vm, "__str__", a, 1, 1);
  auto* e = dynamic_cast<ExceptionObj*>(a[0].as_obj());
  if (!e) vm.type_error("descriptor '__str__' requires a 'BaseException' object");
  Tuple* args = as_tuple(e->args);
  if (args->size == 0) return vm.str("").release();
  return vm.to_str(args->size == 1 ? args->items[0] : e->args).release();
}

}  // namespace

Ref exception_method(VM& vm, Value self, std::string_view name) {
  if (name != "__str__") return Ref();
  Ref fn = vm.new_native("__str__", e_str, "BaseException");
  return Ref(make<BoundMethod>(vm.t_method, self, fn.get()));
}

Ref object_function(VM& vm, std::string_view name) {
  struct Named { const char* name; NativeFn fn; };
  static const Named kObject[] = {{"__init__", o_init}, {"__repr__", o_repr}, {"__str__", o_str}, {"__eq__", o_eq},
                                  {"__ne__", o_ne},     {"__hash__", o_hash}, {"__setattr__", o_setattr}};
  for (const Named& m : kObject)
    if (name == m.name) return vm.new_native(m.name, m.fn, "object");
  return Ref();
}

Ref object_method(VM& vm, Value self, std::string_view name) {
  Ref fn = object_function(vm, name);
  if (fn.is_null()) return fn;
  return Ref(make<BoundMethod>(vm.t_method, self, fn.get()));
}

}  // namespace yl
