#include "builtin_dunders.h"
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

}  // namespace yl
