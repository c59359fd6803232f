// The builtins module: print, len, range, the constructors of the built-in
// types, the iteration helpers and the generator methods.
#include <cmath>
#include "class_slots.h"
#include "num/float_format.h"
#include "objects/alias.h"
#include "objects/attr_holder.h"
#include "objects/collections_ops.h"
#include "objects/str_format.h"
#include "modules/c_args.h"
#include "modules/files.h"
#include "modules/num_args.h"
#include "vm.h"

namespace yl {

namespace {

Value none() { return Value::none(); }

void def(VM& vm, const char* name, NativeFn fn) { dict_set(vm, vm.builtins, vm.intern(name), vm.new_native(name, fn).get()); }
void def_co(VM& vm, const char* name, NativeCo co) { dict_set(vm, vm.builtins, vm.intern(name), vm.new_native_co(name, co).get()); }

// ---- output ----
Value b_print(VM& vm, CallArgs& a) {
  allow_kwargs(vm, "print", a, {"sep", "end", "file", "flush"});
  Value sep = a.kw("sep"), end = a.kw("end"), file = a.kw("file");
  auto text_arg = [&](Value v, const char* what, const char* dflt) {
    if (v.is_null() || v.is_none()) return std::string(dflt);
    if (!(v.is_obj() && vm.type_of(v)->layout == Layout::Str))
      vm.type_error(std::string(what) + " must be None or a string, not " + vm.type_of(v)->name);
    return as_str(v)->str();
  };
  std::string sp = text_arg(sep, "sep", " "), en = text_arg(end, "end", "\n");
  if (file.is_none()) file = Value::null();
  if (!file.is_null() && !(file.is_obj() && dynamic_cast<FileObj*>(file.as_obj()))) {
    // An object of the program's: one write() call per piece, as CPython makes them.
    for (size_t i = 0; i < a.n; ++i) {
      if (i) write_to(vm, file, sp);
      write_to(vm, file, vm.str_s(a[i]));
    }
    write_to(vm, file, en);
    return none();
  }
  std::string s;
  for (size_t i = 0; i < a.n; ++i) { if (i) s += sp; s += vm.str_s(a[i]); }
  write_to(vm, file, s + en);
  return none();
}

Value b_len(VM& vm, CallArgs& a) {
  check_args(vm, "len", a, 1, 1);
  // A range's length can pass 2**32, which size_t (vm.len) cannot hold in wasm32.
  if (vm.type_of(a[0])->layout == Layout::Range) return vm.from_int64(static_cast<Range*>(a[0].as_obj())->length).release();
  return vm.from_int64(int64_t(vm.len(a[0]))).release();
}
Value b_repr(VM& vm, CallArgs& a) { check_args(vm, "repr", a, 1, 1); return vm.repr(a[0]).release(); }
Value b_id(VM& vm, CallArgs& a) { check_args(vm, "id", a, 1, 1); return vm.from_int64(int64_t(a[0].is_obj() ? uintptr_t(a[0].as_obj()) : a[0].bits() >> 3)).release(); }
Value b_hash(VM& vm, CallArgs& a) { check_args(vm, "hash", a, 1, 1); return vm.from_int64(vm.hash(a[0])).release(); }
Value b_callable(VM& vm, CallArgs& a) {
  check_args(vm, "callable", a, 1, 1);
  Type* t = vm.type_of(a[0]);
  bool c = t == vm.t_function || t == vm.t_native || t == vm.t_method || t->is_subtype(vm.t_type) ||
           !vm.lookup_type(t, vm.intern("__call__")).is_null();
  return Value::boolean(c);
}
Value b_abs(VM& vm, CallArgs& a) {
  check_args(vm, "abs", a, 1, 1);
  Value v = a[0];
  if (v.is_float()) return Value::flt(std::fabs(v.as_float()));
  if (vm.is_int(v)) return vm.truthy(vm.compare(v, Value::small(0), C_LT).get()) ? vm.unary(v, U_NEG).release() : vm.unary(v, U_POS).release();
  Ref m = vm.lookup_type(vm.type_of(v), vm.intern("__abs__"));
  if (!m.is_null()) return vm.call_sync(m.get(), {v}).release();
  vm.type_error("bad operand type for abs(): '" + vm.type_of(v)->name + "'");
}
Value b_chr(VM& vm, CallArgs& a) {
  check_args(vm, "chr", a, 1, 1);
  int64_t c = vm.index_of(a[0]);
  if (c < 0 || c > 0x10FFFF) vm.raise(vm.e_value, "chr() arg not in range(0x110000)");
  std::string s;
  if (c < 0x80) s += char(c);
  else if (c < 0x800) { s += char(0xC0 | (c >> 6)); s += char(0x80 | (c & 0x3F)); }
  else if (c < 0x10000) { s += char(0xE0 | (c >> 12)); s += char(0x80 | ((c >> 6) & 0x3F)); s += char(0x80 | (c & 0x3F)); }
  else { s += char(0xF0 | (c >> 18)); s += char(0x80 | ((c >> 12) & 0x3F)); s += char(0x80 | ((c >> 6) & 0x3F)); s += char(0x80 | (c & 0x3F)); }
  return vm.str(s).release();
}
Value b_ord(VM& vm, CallArgs& a) {
  check_args(vm, "ord", a, 1, 1);
  if (!(a[0].is_obj() && vm.type_of(a[0])->layout == Layout::Str)) vm.type_error("ord() expected string of length 1, but " + vm.type_of(a[0])->name + " found");
  Str* s = as_str(a[0]);
  if (s->cp_len != 1) vm.type_error("ord() expected a character, but string of length " + std::to_string(s->cp_len) + " found");
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data);
  int64_t c = p[0];
  if (c >= 0xF0) c = ((c & 7) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  else if (c >= 0xE0) c = ((c & 15) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  else if (c >= 0xC0) c = ((c & 31) << 6) | (p[1] & 0x3F);
  return Value::small(c);
}
Value b_isinstance(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 0, "isinstance", 2, 2);
  Value cls = a[1];
  auto one = [&](Value c) {
    if (Alias* al = as_alias(c)) return alias_check(vm, al, vm.type_of(a[0]), true);
    if (!(c.is_obj() && c.as_obj()->type->is_subtype(vm.t_type)))
      vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
    return vm.isinstance(a[0], static_cast<Type*>(c.as_obj()));
  };
  if (cls.is_obj() && cls.as_obj()->type == vm.t_tuple) {
    Tuple* t = as_tuple(cls);
    for (size_t i = 0; i < t->size; ++i) if (one(t->items[i])) return Value::boolean(true);
    return Value::boolean(false);
  }
  return Value::boolean(one(cls));
}
Value b_issubclass(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 0, "issubclass", 2, 2);
  if (!(a[0].is_obj() && a[0].as_obj()->type->is_subtype(vm.t_type))) vm.type_error("issubclass() arg 1 must be a class");
  Type* t = static_cast<Type*>(a[0].as_obj());
  auto one = [&](Value c) {
    if (Alias* al = as_alias(c)) return alias_check(vm, al, t, false);
    if (!(c.is_obj() && c.as_obj()->type->is_subtype(vm.t_type)))
      vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return vm.is_subclass(t, static_cast<Type*>(c.as_obj()));
  };
  Value cls = a[1];
  if (cls.is_obj() && cls.as_obj()->type == vm.t_tuple) {
    Tuple* tp = as_tuple(cls);
    for (size_t i = 0; i < tp->size; ++i) if (one(tp->items[i])) return Value::boolean(true);
    return Value::boolean(false);
  }
  return Value::boolean(one(cls));
}
Value b_getattr(VM& vm, CallArgs& a) {
  check_args(vm, "getattr", a, 2, 3);
  if (!(a[1].is_obj() && a[1].as_obj()->type == vm.t_str)) vm.type_error("attribute name must be string, not '" + vm.type_of(a[1])->name + "'");
  if (a.n == 3) {
    try { return vm.getattr(a[0], a[1]).release(); }
    catch (PyException& e) { if (!vm.isinstance(e.exc, vm.e_attribute)) throw; incref(a[2]); return a[2]; }
  }
  return vm.getattr(a[0], a[1]).release();
}
Value b_setattr(VM& vm, CallArgs& a) { unpack_args(vm, a, 0, "setattr", 3, 3); vm.setattr(a[0], a[1], a[2]); return none(); }
Value b_delattr(VM& vm, CallArgs& a) { unpack_args(vm, a, 0, "delattr", 2, 2); vm.delattr(a[0], a[1]); return none(); }
Value b_hasattr(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 0, "hasattr", 2, 2);
  try { vm.getattr(a[0], a[1]); return Value::boolean(true); }
  catch (PyException& e) { if (!vm.isinstance(e.exc, vm.e_attribute)) throw; return Value::boolean(false); }
}
Value b_divmod(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 0, "divmod", 2, 2);
  Ref q = vm.binary(a[0], a[1], B_FLOORDIV), r = vm.binary(a[0], a[1], B_MOD);
  Value items[2] = {q.get(), r.get()};
  return vm.new_tuple(items, 2).release();
}
Value b_pow(VM& vm, CallArgs& a) {
  auto p = clinic_args(vm, a, 0, "pow", {"base", "exp", "mod"}, 2, 3);
  if (!p[2].is_null() && !p[2].is_none()) {
    if (!vm.is_int(p[0]) || !vm.is_int(p[1]) || !vm.is_int(p[2]))
      vm.type_error("pow() 3rd argument not allowed unless all arguments are integers");
    const char* error = nullptr;
    auto r = num::BigInt::pow_mod(int_value(p[0]), int_value(p[1]), int_value(p[2]), &error);
    if (!r) vm.raise(vm.e_value, error);
    return vm.from_bigint(*r).release();
  }
  return vm.binary(p[0], p[1], B_POW).release();
}
Value b_round(VM& vm, CallArgs& a) {
  auto p = clinic_args(vm, a, 0, "round", {"number", "ndigits"}, 1, 2);
  Value x = p[0];
  Value nd = p[1].is_null() ? Value::none() : p[1];
  if (vm.is_int(x)) {
    if (nd.is_none()) return vm.unary(x, U_POS).release();
    int64_t n = vm.index_of(nd);
    if (n >= 0) return vm.unary(x, U_POS).release();
    Ref p = vm.binary(Value::small(10), Value::small(-n), B_POW);
    Ref half = vm.binary(p.get(), Value::small(2), B_FLOORDIV);
    Ref q = vm.binary(x, p.get(), B_FLOORDIV), r = vm.binary(x, p.get(), B_MOD);
    Ref c = vm.compare(r.get(), half.get(), C_GT);
    bool up = vm.truthy(c.get()) || (vm.eq(r.get(), half.get()) && vm.truthy(vm.binary(q.get(), Value::small(2), B_MOD).get()));
    if (up) q = vm.binary(q.get(), Value::small(1), B_ADD);
    return vm.binary(q.get(), p.get(), B_MUL).release();
  }
  if (x.is_float()) {
    double d = x.as_float();
    if (nd.is_none()) {
      if (std::isnan(d)) vm.raise(vm.e_value, "cannot convert float NaN to integer");
      if (std::isinf(d)) vm.raise(vm.e_overflow, "cannot convert float infinity to integer");
      auto b = num::BigInt::from_double(num::round_half_even(d));
      return vm.from_bigint(*b).release();
    }
    auto r = num::round_float(d, vm.index_of(nd));
    if (!r) vm.raise(vm.e_overflow, "rounded value too large to represent");
    return Value::flt(*r);
  }
  Ref m = vm.lookup_type(vm.type_of(x), vm.intern("__round__"));
  if (!m.is_null()) return a.n > 1 ? vm.call_sync(m.get(), {x, nd}).release() : vm.call_sync(m.get(), {x}).release();
  vm.type_error("type " + vm.type_of(x)->name + " doesn't define __round__ method");
}

// ---- type constructors (take the class first) ----
Value t_int_new(VM& vm, CallArgs& a) {
  if (a.n > 3) vm.type_error("int() takes at most 2 arguments (" + std::to_string(a.n - 1) + " given)");
  if (a.n == 1) return Value::small(0);
  Value x = a[1];
  if (a.n == 3 || !a.kw("base").is_null()) {
    Value base = a.n == 3 ? a[2] : a.kw("base");
    if (!(x.is_obj() && vm.type_of(x)->layout == Layout::Str)) vm.type_error("int() can't convert non-string with explicit base");
    int b = int(vm.index_of(base));
    num::IntParseError err;
    auto r = num::BigInt::from_string(as_str(x)->view(), b, &err);
    if (!r) vm.raise(vm.e_value, num::int_parse_error_message(err, b, vm.repr_s(x)));
    return vm.from_bigint(*r).release();
  }
  if (x.is_int()) return x;
  if (x.is_bool()) return Value::small(x.is_true());
  if (x.is_float()) {
    double d = x.as_float();
    if (std::isnan(d)) vm.raise(vm.e_value, "cannot convert float NaN to integer");
    if (std::isinf(d)) vm.raise(vm.e_overflow, "cannot convert float infinity to integer");
    return vm.from_bigint(*num::BigInt::from_double(d)).release();
  }
  if (x.is_obj() && x.as_obj()->type == vm.t_int) { incref(x); return x; }
  if (x.is_obj() && vm.type_of(x)->layout == Layout::Str) {
    num::IntParseError err;
    auto r = num::BigInt::from_string(as_str(x)->view(), 10, &err);
    if (!r) vm.raise(vm.e_value, num::int_parse_error_message(err, 10, vm.repr_s(x)));
    return vm.from_bigint(*r).release();
  }
  for (const char* m : {"__int__", "__index__", "__trunc__"}) {
    Ref f = vm.lookup_type(vm.type_of(x), vm.intern(m));
    if (!f.is_null()) return vm.call_sync(f.get(), {x}).release();
  }
  vm.type_error("int() argument must be a string, a bytes-like object or a real number, not '" + vm.type_of(x)->name + "'");
}
Value t_float_new(VM& vm, CallArgs& a) {
  if (static_cast<Type*>(a[0].as_obj()) == vm.t_float) unpack_args(vm, a, 1, "float", 0, 1);
  if (a.n == 1) return Value::flt(0.0);
  Value x = a[1];
  if (x.is_obj() && vm.type_of(x)->layout == Layout::Str) {
    auto d = num::parse_float(as_str(x)->view());
    if (!d) vm.raise(vm.e_value, "could not convert string to float: " + vm.repr_s(x));
    return Value::flt(*d);
  }
  if (x.is_float() || vm.is_int(x)) return Value::flt(vm.to_double(x));
  Ref f = vm.lookup_type(vm.type_of(x), vm.intern("__float__"));
  if (!f.is_null()) return vm.call_sync(f.get(), {x}).release();
  vm.type_error("float() argument must be a string or a real number, not '" + vm.type_of(x)->name + "'");
}
Value t_bool_new(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 1, "bool", 0, 1);
  return Value::boolean(a.n > 1 && vm.truthy(a[1])); }
Value t_str_new(VM& vm, CallArgs& a) {
  if (a.n > 4) vm.type_error("str() takes at most 3 arguments (" + std::to_string(a.n - 1) + " given)"); if (a.n == 1) return vm.str("").release(); return vm.to_str(a[1]).release(); }
Value t_object_new(VM& vm, CallArgs& a) {
  auto* cls = static_cast<Type*>(a[0].as_obj());
  if (cls == vm.t_object && (a.n > 1 || a.nkw())) vm.type_error("object() takes no arguments");
  if (cls == vm.t_object) return Value::obj(make<Instance>(cls));
  return Value::obj(make<Instance>(cls));
}
Value t_type_new(VM& vm, CallArgs& a) {
  if (a.n == 2) { Value t = Value::obj(vm.type_of(a[1])); incref(t); return t; }
  vm.type_error("type() takes 1 or 3 arguments");
}
Value t_range_new(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 1, "range", 1, 3);
  auto arg = [&](Value v) {
    if (!vm.is_int(v) && vm.lookup_type(vm.type_of(v), vm.intern("__index__")).is_null())
      vm.type_error("'" + vm.type_of(v)->name + "' object cannot be interpreted as an integer");
    return vm.index_of(v);
  };
  int64_t start = 0, stop, step = 1;
  if (a.n == 2) stop = arg(a[1]);
  else { start = arg(a[1]); stop = arg(a[2]); if (a.n == 4) step = arg(a[3]); }
  if (step == 0) vm.raise(vm.e_value, "range() arg 3 must not be zero");
  return vm.new_range(start, stop, step).release();
}
Value t_slice_new(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 1, "slice", 1, 3);
  auto* s = make<Slice>(vm.t_slice);
  Value st = a.n > 2 ? a[1] : Value::none(), sp = a.n > 2 ? a[2] : a[1], step = a.n > 3 ? a[3] : Value::none();
  incref(st); incref(sp); incref(step);
  s->start = st; s->stop = sp; s->step = step;
  return Value::obj(s);
}

// Collecting constructors: they consume any iterable, generators included,
// through the frame stack.
// The exact built-in types take at most one iterable; a subclass's own
// __init__ decides what its arguments are.
void one_iterable(VM& vm, CallArgs& a, Type* exact, const char* name) {
  if (static_cast<Type*>(a[0].as_obj()) == exact) unpack_args(vm, a, 1, name, 0, 1);
}
Task t_list_new(VM& vm, CallArgs& a) {
  one_iterable(vm, a, vm.t_list, "list");
  Ref src = a.n > 1 ? Ref::borrow(a[1]) : Ref();
  Ref out = vm.new_list();
  if (!src.is_null()) {
    Ref it = vm.get_iter(src.get());
    for (;;) {
      Ref x = co_await vm.next(it.get());
      if (x.is_null()) break;
      as_list(out.get())->items.push_back(x.release());
    }
  }
  co_return out.release();
}
Task t_tuple_new(VM& vm, CallArgs& a) {
  one_iterable(vm, a, vm.t_tuple, "tuple");
  Type* cls = static_cast<Type*>(a[0].as_obj());
  if (cls == vm.t_tuple && a.n > 1 && a[1].is_obj() && a[1].as_obj()->type == vm.t_tuple) { incref(a[1]); co_return a[1]; }
  Ref src = a.n > 1 ? Ref::borrow(a[1]) : Ref();
  std::vector<Ref> items;
  if (!src.is_null()) {
    Ref it = vm.get_iter(src.get());
    for (;;) { Ref x = co_await vm.next(it.get()); if (x.is_null()) break; items.push_back(std::move(x)); }
  }
  Ref t = vm.new_tuple(items.size());
  for (size_t i = 0; i < items.size(); ++i) t.as<Tuple>()->items[i] = items[i].release();
  t.as<Tuple>()->type = cls;  // a subclass of tuple (its class outlives it, see __build_class__)
  co_return t.release();
}
Task t_set_new(VM& vm, CallArgs& a) {
  one_iterable(vm, a, vm.t_set, "set");
  one_iterable(vm, a, vm.t_frozenset, "frozenset");
  bool frozen = static_cast<Type*>(a[0].as_obj())->layout == Layout::FrozenSet;
  Ref src = a.n > 1 ? Ref::borrow(a[1]) : Ref();
  Ref out = vm.new_set(frozen);
  if (!src.is_null() && !set_fill_from(vm, out.as<Set>(), src.get())) {
    Ref it = vm.get_iter(src.get());
    for (;;) { Ref x = co_await vm.next(it.get()); if (x.is_null()) break; set_add(vm, out.as<Set>(), x.get()); }
  }
  co_return out.release();
}
Task t_dict_new(VM& vm, CallArgs& a) {
  Type* cls = static_cast<Type*>(a[0].as_obj());
  // A subclass gets an empty dict here; dict.__init__ (or its own) fills it.
  if (cls != vm.t_dict) co_return Value::obj(make<SubclassDict>(cls));
  if (a.n > 2) vm.type_error("dict expected at most 1 argument, got " + std::to_string(a.n - 1));
  Ref src = a.n > 1 ? Ref::borrow(a[1]) : Ref();
  std::vector<std::pair<Ref, Ref>> kws;
  for (size_t i = 0; i < a.nkw(); ++i) kws.push_back({Ref::borrow(a.kwnames->items[i]), Ref::borrow(a.kwvals[i])});
  Ref out = vm.new_dict();
  Dict* d = out.as<Dict>();
  if (!src.is_null()) {
    Value s = src.get();
    if (s.is_obj() && vm.type_of(s)->layout == Layout::Dict) {
      size_t pos = 0; Value k, v;
      while (dict_next(as_dict(s), &pos, &k, &v)) dict_set(vm, d, k, v);
    } else if (!vm.getattr_opt(s, vm.intern("keys")).is_null()) {
      Ref keys = vm.call_sync(vm.getattr(s, vm.intern("keys")).get(), {});
      for (auto& k : vm.collect(keys.get())) dict_set(vm, d, k.get(), vm.getitem(s, k.get()).get());
    } else {
      Ref it = vm.get_iter(s);
      for (size_t n = 0;; ++n) {
        Ref x = co_await vm.next(it.get());
        if (x.is_null()) break;
        std::vector<Ref> kv;
        Type* xt = vm.type_of(x.get());
        if (xt->layout != Layout::Tuple && xt->layout != Layout::List && xt->layout != Layout::Str &&
            vm.lookup_type(xt, vm.intern("__iter__")).is_null())
          vm.type_error("cannot convert dictionary update sequence element #" + std::to_string(n) + " to a sequence");
        kv = vm.collect(x.get());
        if (kv.size() != 2)
          vm.raise(vm.e_value, "dictionary update sequence element #" + std::to_string(n) + " has length " + std::to_string(kv.size()) + "; 2 is required");
        dict_set(vm, d, kv[0].get(), kv[1].get());
      }
    }
  }
  for (auto& [k, v] : kws) dict_set(vm, d, k.get(), v.get());
  co_return out.release();
}

// ---- consuming builtins ----
Task b_sum(VM& vm, CallArgs& a) {
  if (a.n < 1) vm.type_error("sum() takes at least 1 positional argument (0 given)");
  if (a.n > 2) vm.type_error("sum() takes at most 2 arguments (" + std::to_string(a.n) + " given)");
  Ref it = vm.get_iter(a[0]);
  Value st = a.n > 1 ? a[1] : a.kw("start");
  Ref total = st.is_null() ? Ref::steal(Value::small(0)) : Ref::borrow(st);
  if (total.get().is_obj() && vm.type_of(total.get())->layout == Layout::Str)
    vm.type_error("sum() can't sum strings [use ''.join(seq) instead]");
  for (;;) {
    Ref x = co_await vm.next(it.get());
    if (x.is_null()) break;
    Value t = total.get(), v = x.get();
    if (t.is_int() && v.is_int()) {
      int64_t r = t.as_int() + v.as_int();
      if (Value::fits_small(r)) { total = Ref::steal(Value::small(r)); continue; }
    }
    if (t.is_float() && v.is_float()) { total = Ref::steal(Value::flt(t.as_float() + v.as_float())); continue; }
    total = vm.binary(t, v, B_ADD);
  }
  co_return total.release();
}

Task b_minmax(VM& vm, CallArgs& a, bool is_max) {
  const char* name = is_max ? "max" : "min";
  allow_kwargs(vm, name, a, {"key", "default"});
  Ref key = a.kw("key").is_null() || a.kw("key").is_none() ? Ref() : Ref::borrow(a.kw("key"));
  Ref dflt = a.kw("default").is_null() ? Ref() : Ref::borrow(a.kw("default"));
  Ref it;
  if (a.n == 0) vm.type_error(std::string(name) + " expected at least 1 argument, got 0");
  if (a.n == 1) it = vm.get_iter(a[0]);
  else {
    if (!dflt.is_null()) vm.type_error(std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
    it = vm.get_iter(vm.new_tuple(a.args, a.n).get());
  }
  Ref best, best_key;
  for (;;) {
    Ref x = co_await vm.next(it.get());
    if (x.is_null()) break;
    Ref k = x;
    if (!key.is_null()) { std::vector<Value> ka(1, x.get()); k = co_await vm.call(key.get(), std::move(ka)); }
    if (best.is_null() || vm.truthy(vm.compare(k.get(), best_key.get(), is_max ? C_GT : C_LT).get())) {
      best = x; best_key = k;
    }
  }
  if (best.is_null()) {
    if (!dflt.is_null()) co_return dflt.release();
    vm.raise(vm.e_value, std::string(name) + "() arg is an empty sequence");
  }
  co_return best.release();
}
Task b_max(VM& vm, CallArgs& a) { return b_minmax(vm, a, true); }
Task b_min(VM& vm, CallArgs& a) { return b_minmax(vm, a, false); }

Task b_sorted(VM& vm, CallArgs& a) {
  if (a.n != 1) vm.type_error("sorted expected 1 argument, got " + std::to_string(a.n));
  allow_kwargs(vm, "sort", a, {"key", "reverse"});  // CPython names list.sort, which does the work
  Ref key = a.kw("key").is_null() || a.kw("key").is_none() ? Ref() : Ref::borrow(a.kw("key"));
  bool rev = !a.kw("reverse").is_null() && vm.truthy(a.kw("reverse"));
  Ref it = vm.get_iter(a[0]);
  // The list owns the values and `keys` the computed keys while timsort
  // permutes borrowed copies of both, so a comparison that raises midway
  // leaves nothing half-owned.
  Ref out = vm.new_list();
  Ref keys = vm.new_list();
  for (;;) {
    Ref x = co_await vm.next(it.get());
    if (x.is_null()) break;
    if (!key.is_null()) {
      std::vector<Value> ka(1, x.get());
      Ref k = co_await vm.call(key.get(), std::move(ka));
      list_append(keys.as<List>(), k.get());
    }
    list_append(out.as<List>(), x.get());
  }
  auto& items = out.as<List>()->items;
  timsort_values(vm, key.is_null() ? nullptr : keys.as<List>()->items.data(), items.data(), items.size(), rev);
  co_return out.release();
}

Task b_any_all(VM& vm, CallArgs& a, bool any) {
  check_args(vm, any ? "any" : "all", a, 1, 1);
  Ref it = vm.get_iter(a[0]);
  for (;;) {
    Ref x = co_await vm.next(it.get());
    if (x.is_null()) break;
    if (vm.truthy(x.get()) == any) co_return Value::boolean(any);
  }
  co_return Value::boolean(!any);
}
Task b_any(VM& vm, CallArgs& a) { return b_any_all(vm, a, true); }
Task b_all(VM& vm, CallArgs& a) { return b_any_all(vm, a, false); }

// ---- lazy iterators (native generators) ----
Task enumerate_run(VM& vm, Ref it, Ref start) {
  Ref i = start;
  for (;;) {
    Ref x = co_await vm.next(it.get());
    if (x.is_null()) co_return Value::null();
    Value pair[2] = {i.get(), x.get()};
    Ref t = vm.new_tuple(pair, 2);
    i = vm.binary(i.get(), Value::small(1), B_ADD);
    co_yield t.release();
  }
}
Value t_enumerate_new(VM& vm, CallArgs& a) {
  if (a.n < 2) vm.type_error("enumerate() missing required argument 'iterable'");
  if (a.n > 3) vm.type_error("enumerate() takes at most 2 arguments (" + std::to_string(a.n - 1) + " given)");
  Value st = a.n > 2 ? a[2] : a.kw("start");
  return vm.make_native_iter(enumerate_run(vm, vm.get_iter(a[1]), st.is_null() ? Ref::steal(Value::small(0)) : Ref::borrow(st)), "enumerate").release();
}
Task zip_run(VM& vm, std::vector<Ref> its, bool strict) {
  if (its.empty()) co_return Value::null();
  for (;;) {
    std::vector<Ref> row;
    for (size_t i = 0; i < its.size(); ++i) {
      Ref x = co_await vm.next(its[i].get());
      if (x.is_null()) {
        if (strict && (i > 0)) vm.raise(vm.e_value, "zip() argument " + std::to_string(i + 1) + " is shorter than argument 1");
        if (strict && i == 0) {
          for (size_t j = 1; j < its.size(); ++j) {
            Ref y = co_await vm.next(its[j].get());
            if (!y.is_null()) vm.raise(vm.e_value, "zip() argument " + std::to_string(j + 1) + " is longer than argument 1");
          }
        }
        co_return Value::null();
      }
      row.push_back(std::move(x));
    }
    Ref t = vm.new_tuple(row.size());
    for (size_t i = 0; i < row.size(); ++i) t.as<Tuple>()->items[i] = row[i].release();
    co_yield t.release();
  }
}
Value t_zip_new(VM& vm, CallArgs& a) {
  allow_kwargs(vm, "zip", a, {"strict"});
  std::vector<Ref> its;
  for (size_t i = 1; i < a.n; ++i) its.push_back(vm.get_iter(a[i]));
  bool strict = !a.kw("strict").is_null() && vm.truthy(a.kw("strict"));
  return vm.make_native_iter(zip_run(vm, std::move(its), strict), "zip").release();
}
Task map_run(VM& vm, Ref f, std::vector<Ref> its) {
  for (;;) {
    std::vector<Value> args;
    std::vector<Ref> hold;
    for (auto& it : its) {
      Ref x = co_await vm.next(it.get());
      if (x.is_null()) co_return Value::null();
      args.push_back(x.get()); hold.push_back(std::move(x));
    }
    Ref r = co_await vm.call(f.get(), args);
    co_yield r.release();
  }
}
Value t_map_new(VM& vm, CallArgs& a) {
  if (a.n < 3) vm.type_error("map() must have at least two arguments.");
  std::vector<Ref> its;
  for (size_t i = 2; i < a.n; ++i) its.push_back(vm.get_iter(a[i]));
  return vm.make_native_iter(map_run(vm, Ref::borrow(a[1]), std::move(its)), "map").release();
}
Task filter_run(VM& vm, Ref f, Ref it) {
  for (;;) {
    Ref x = co_await vm.next(it.get());
    if (x.is_null()) co_return Value::null();
    bool keep;
    if (f.get().is_none()) keep = vm.truthy(x.get());
    else { std::vector<Value> fa(1, x.get()); Ref r = co_await vm.call(f.get(), std::move(fa)); keep = vm.truthy(r.get()); }
    if (keep) co_yield x.release();
  }
}
Value t_filter_new(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 1, "filter", 2, 2);
  return vm.make_native_iter(filter_run(vm, Ref::borrow(a[1]), vm.get_iter(a[2])), "filter").release();
}
Task reversed_run(VM& vm, Ref seq, int64_t n) {
  for (int64_t i = n - 1; i >= 0; --i) {
    if (i >= int64_t(vm.len(seq.get()))) continue;
    Ref x = vm.getitem(seq.get(), Value::small(i));
    co_yield x.release();
  }
  co_return Value::null();
}
Value t_reversed_new(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 1, "reversed", 1, 1);
  Value s = a[1];
  Type* t = vm.type_of(s);
  Ref rv = vm.lookup_type(t, vm.intern("__reversed__"));
  if (!rv.is_null() && !t->builtin) return vm.call_sync(rv.get(), {s}).release();
  Type* view = dict_view_kind(vm, t);
  bool keys_view = view == vm.t_dict_keys, values_view = view == vm.t_dict_values, items_view = view == vm.t_dict_items;
  if (t->layout == Layout::Dict || keys_view || values_view || items_view) {
    // Dicts and their views: a snapshot of the entries, walked backwards.
    Dict* d = t->layout == Layout::Dict ? as_dict(s) : as_dict(static_cast<DictView*>(s.as_obj())->dict);
    Ref entries = vm.new_list();
    size_t pos = 0; Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
      if (values_view) { list_append(entries.as<List>(), v); continue; }
      if (!items_view) { list_append(entries.as<List>(), k); continue; }
      Value pair[2] = {k, v};
      list_append(entries.as<List>(), vm.new_tuple(pair, 2).get());
    }
    const char* name = values_view ? "dict_reversevalueiterator" : items_view ? "dict_reverseitemiterator" : "dict_reversekeyiterator";
    int64_t n = int64_t(as_list(entries.get())->items.size());
    return vm.make_native_iter(reversed_run(vm, entries, n), name).release();
  }
  if (vm.lookup_type(t, vm.intern("__getitem__")).is_null() && t->layout != Layout::List && t->layout != Layout::Tuple &&
      t->layout != Layout::Str && t->layout != Layout::Range)
    vm.type_error("'" + t->name + "' object is not reversible");
  return vm.make_native_iter(reversed_run(vm, Ref::borrow(s), int64_t(vm.len(s))),
                             t->layout == Layout::List ? "list_reverseiterator" : t->layout == Layout::Range ? "range_iterator" : "reversed").release();
}

Value b_iter(VM& vm, CallArgs& a) {
  check_args(vm, "iter", a, 1, 2);
  if (a.n == 2) {
    struct CallIter {
      static Task run(VM& vm, Ref f, Ref sentinel) {
        for (;;) {
          Ref r = co_await vm.call(f.get(), std::vector<Value>());
          if (vm.eq(r.get(), sentinel.get())) co_return Value::null();
          co_yield r.release();
        }
      }
    };
    return vm.make_native_iter(CallIter::run(vm, Ref::borrow(a[0]), Ref::borrow(a[1])), "callable_iterator").release();
  }
  return vm.get_iter(a[0]).release();
}

// next(it[, default]): resumes generators through the frame stack.
Value b_next(VM& vm, CallArgs& a) {
  check_args(vm, "next", a, 1, 2);
  Value it = a[0];
  Frame* caller = vm.current;
  Type* t = vm.type_of(it);
  if (t != vm.t_generator && t->layout != Layout::Iterator && t->layout != Layout::NativeIter &&
      vm.lookup_type(t, vm.intern("__next__")).is_null())
    vm.type_error("'" + t->name + "' object is not an iterator");
  if (a.n == 2) { caller->wait_default = a[1]; incref(a[1]); }
  Ref out;
  VM::NextResult r;
  try { r = vm.start_next(caller, it, &out); }
  catch (...) { decref(caller->wait_default); caller->wait_default = Value::null(); throw; }
  if (r == VM::NextResult::Pushed) { caller->wait = Wait::Call; return Value::null(); }
  Value d = caller->wait_default; caller->wait_default = Value::null();
  caller->wait = Wait::Call;
  if (r == VM::NextResult::Item) { decref(d); return out.release(); }
  if (!d.is_null()) return d;
  vm.raise(vm.e_stop, "");
}

// it.__next__() on the built-in and native iterators: next(it) without a default.
Value iter_next_method(VM& vm, CallArgs& a) {
  if (a.n != 1 || a.nkw()) vm.type_error("expected 0 arguments, got " + std::to_string(a.n ? a.n - 1 + a.nkw() : 0));
  return b_next(vm, a);
}

// ---- generator methods ----
Generator* self_gen(VM& vm, CallArgs& a, const char* m) {
  if (a.n < 1 || vm.type_of(a[0]) != vm.t_generator) vm.type_error(std::string("descriptor '") + m + "' requires a 'generator' object");
  return static_cast<Generator*>(a[0].as_obj());
}
Value gen_send(VM& vm, CallArgs& a) {
  Generator* g = self_gen(vm, a, "send");
  if (a.nkw()) vm.type_error("generator.send() takes no keyword arguments");
  if (a.n != 2) vm.type_error("generator.send() takes exactly one argument (" + std::to_string(a.n - 1) + " given)");
  Frame* caller = vm.current;
  if (g->state == GenState::Closed) vm.raise(vm.e_stop, "");
  bool pushed;
  vm.resume_generator(g, caller, Wait::Call, 0, a[1], false, &pushed);
  return Value::null();
}
Value gen_next(VM& vm, CallArgs& a) {
  Generator* g = self_gen(vm, a, "__next__");
  if (g->state == GenState::Closed) vm.raise(vm.e_stop, "");
  bool pushed;
  vm.resume_generator(g, vm.current, Wait::Call, 0, Value::none(), false, &pushed);
  return Value::null();
}
Value gen_iter(VM&, CallArgs& a) { incref(a[0]); return a[0]; }

Ref make_exception(VM& vm, CallArgs& a, size_t first) {
  Value t = a[first];
  if (t.is_obj() && t.as_obj()->type->is_subtype(vm.t_type)) {
    if (!static_cast<Type*>(t.as_obj())->is_subtype(vm.e_base))
      vm.type_error("exceptions must be classes or instances deriving from BaseException, not type");
    if (a.n > first + 1 && !a[first + 1].is_none()) {
      if (vm.isinstance(a[first + 1], static_cast<Type*>(t.as_obj()))) return Ref::borrow(a[first + 1]);
      return vm.call_sync(t, {a[first + 1]});
    }
    return vm.call_sync(t, {});
  }
  if (!vm.isinstance(t, vm.e_base))
    vm.type_error("exceptions must be classes or instances deriving from BaseException, not " + vm.type_of(t)->name);
  if (a.n > first + 1 && !a[first + 1].is_none()) vm.type_error("instance exception may not have a separate value");
  return Ref::borrow(t);
}

// Throwing into a generator that delegates with `yield from` goes to the
// delegate first, as PEP 380 says.
Value gen_throw_impl(VM& vm, Generator* g, Value exc, Frame* caller) {
  PyFrame* f = g->frame;
  if (g->state == GenState::Suspended && f && f->ip >= 2 && op_of(f->code->ops[f->ip - 2]) == SEND && f->sp) {
    Value sub = f->stack[f->sp - 1];
    if (vm.type_of(sub) == vm.t_generator && !vm.isinstance(exc, vm.e_gen_exit)) {
      auto* sg = static_cast<Generator*>(sub.as_obj());
      if (sg->state != GenState::Closed) {
        // The outer generator runs again, waiting on its delegate.
        ++vm.depth;
        caller->wait = Wait::Call;
        f->parent = caller;
        incref(g);
        g->state = GenState::Running;
        f->ip -= 1;  // back onto the YIELD_VALUE after SEND
        vm.current = f;
        bool pushed;
        uint32_t exit = arg_of(f->code->ops[f->ip - 1]);
        vm.resume_generator(sg, f, Wait::Send, exit, exc, true, &pushed);
        return Value::null();
      }
    }
    if (vm.isinstance(exc, vm.e_gen_exit)) {
      Ref close = vm.getattr_opt(sub, vm.intern("close"));
      if (!close.is_null()) vm.call_sync(close.get(), {});
    }
  }
  bool pushed;
  vm.resume_generator(g, caller, Wait::Call, 0, exc, true, &pushed);
  return Value::null();
}
Value gen_throw(VM& vm, CallArgs& a) {
  Generator* g = self_gen(vm, a, "throw");
  if (a.nkw()) vm.type_error("generator.throw() takes no keyword arguments");
  if (a.n < 2) vm.type_error("throw expected at least 1 argument, got " + std::to_string(a.n - 1));
  if (a.n > 4) vm.type_error("throw expected at most 3 arguments, got " + std::to_string(a.n - 1));
  Ref exc = make_exception(vm, a, 1);
  if (g->state == GenState::Created) {
    // Thrown before it started: it never runs, and is closed.
    vm.finish_generator_public(g);
    vm.raise_value(exc.get());
  }
  return gen_throw_impl(vm, g, exc.get(), vm.current);
}
Task gen_close(VM& vm, CallArgs& a) {
  Generator* g = self_gen(vm, a, "close");
  if (a.nkw()) vm.type_error("generator.close() takes no keyword arguments");
  if (a.n != 1) vm.type_error("generator.close() takes no arguments (" + std::to_string(a.n - 1) + " given)");
  Ref keep = Ref::borrow(a[0]);
  if (g->state == GenState::Created) { vm.finish_generator_public(g); co_return Value::none(); }
  if (g->state == GenState::Closed) co_return Value::none();
  Ref exc = vm.new_exception(vm.e_gen_exit, "");
  static_cast<ExceptionObj*>(exc.get().as_obj())->args = vm.new_tuple(nullptr, 0).release();
  try {
    Ref thrower = vm.getattr(keep.get(), vm.intern("throw"));
    std::vector<Value> ta(1, exc.get());
    Ref r = co_await vm.call(thrower.get(), std::move(ta));
    (void)r;
  } catch (PyException& e) {
    if (vm.isinstance(e.exc, vm.e_gen_exit) || vm.isinstance(e.exc, vm.e_stop)) co_return Value::none();
    throw;
  }
  vm.raise(vm.e_runtime, "generator ignored GeneratorExit");
}

// ---- classes ----
Task b_build_class(VM& vm, CallArgs& a) {
  if (a.n < 2) vm.type_error("__build_class__: not enough arguments");
  Ref body = Ref::borrow(a[0]);
  std::string name = as_str(a[1])->str();
  Type* base = vm.t_object;
  bool named_tuple = a.n > 2 && is_named_tuple_base(a[2]);
  if (a.n > 2) {
    // class C(Iterator[int]) / class Stack(Generic[T]): the alias's class (__mro_entries__).
    if (Alias* al = as_alias(a[2])) base = alias_base(vm, al);
    else if (!(a[2].is_obj() && a[2].as_obj()->type->is_subtype(vm.t_type))) vm.type_error("bases must be types");
    else base = static_cast<Type*>(a[2].as_obj());
  }
  if (a.n > 3) vm.type_error("multiple inheritance is not supported");
  Ref ns = vm.new_dict();
  // Run the class body with `ns` as its locals.
  auto* fn = static_cast<Function*>(body.get().as_obj());
  PyFrame* f = vm.make_frame(fn, nullptr, 0, nullptr);
  f->locals_dict = ns.as<Dict>(); incref(f->locals_dict);
  struct RunBody {
    PyFrame* f;
    NativeFrame* waiting = nullptr;
    bool await_ready() { return false; }
    bool await_suspend(Task::Handle h) {
      waiting = h.promise().frame;
      f->parent = waiting;
      waiting->wait = Wait::Call;
      return true;
    }
    // An error in the body ends the class statement with it.
    void await_resume() {
      Value v = waiting->received;
      waiting->received = Value::null();
      if (waiting->received_kind == Outcome::Raise) throw PyException(v);
      decref(v);
    }
  };
  ++vm.depth;
  vm.current = f;
  // The frame is current; suspend this task until the body returns.
  co_await RunBody{f};
  if (named_tuple) co_return typed_namedtuple(vm, name, ns.as<Dict>()).release();
  // Instances of a subclass keep the C++ layout of the base: dict and tuple
  // (their natives build subclass instances), and the module types that are
  // not `builtin` (collections.deque, Counter, a namedtuple ...).
  Layout layout = base->layout;
  if (layout == Layout::Object && base->builtin) layout = Layout::Instance;
  bool subclassable = layout == Layout::Instance || layout == Layout::Exception || !base->builtin ||
                      base == vm.t_dict || base == vm.t_tuple;
  if (!subclassable) vm.type_error("subclassing built-in type '" + base->name + "' is not supported");
  Type* t = vm.new_builtin_type(name.c_str(), layout, base);
  t->builtin = false;
  t->abc = base->abc;
  Ref tr(t);
  // Those layouts do not hold a reference to their type as Instance does, so
  // such a class lives as long as the VM.
  if (layout != Layout::Instance && layout != Layout::Exception) incref(t);
  size_t pos = 0; Value k, v;
  while (dict_next(ns.as<Dict>(), &pos, &k, &v)) dict_set(vm, t->dict, k, v);
  // PEP 487: attributes whose type has __set_name__ learn their class and name
  // (functools.cached_property needs its attribute name).
  std::vector<std::pair<Ref, Ref>> named;
  pos = 0;
  while (dict_next(ns.as<Dict>(), &pos, &k, &v))
    if (!vm.lookup_type(vm.type_of(v), vm.intern("__set_name__")).is_null()) named.emplace_back(Ref::borrow(k), Ref::borrow(v));
  for (auto& [name, attr] : named) {
    Ref set_name = vm.getattr(attr.get(), vm.intern("__set_name__"));
    std::vector<Value> sa(1, tr.get());
    sa.push_back(name.get());
    try {
      Ref ignored = co_await vm.call(set_name.get(), std::move(sa));
    } catch (PyException& e) {
      // 3.11 reports the failure as a RuntimeError caused by it.
      Ref wrapped = vm.new_exception(vm.e_runtime, "Error calling __set_name__ on '" + vm.type_of(attr.get())->name +
                                                       "' instance " + vm.repr_s(name.get()) + " in '" + t->name + "'");
      vm.setattr(wrapped.get(), vm.intern("__cause__"), e.exc);
      vm.raise_value(wrapped.get());
    }
  }
  apply_slots(vm, t);
  co_return tr.release();
}

Value b_super(VM& vm, CallArgs& a) {
  if (a.n == 2) return Value::obj(make<SuperObj>(vm.t_super, static_cast<Type*>(a[0].as_obj()), a[1]));
  // Zero-argument form: the calling method's class and first argument.
  PyFrame* f = nullptr;
  for (Frame* x = vm.current; x; x = x->parent) if (x->kind == FrameKind::Python) { f = static_cast<PyFrame*>(x); break; }
  if (!f || !f->func || f->code->argcount == 0) vm.raise(vm.e_runtime, "super(): no arguments");
  Value self = f->slots[0];
  if (self.is_null()) {
    // self captured as a cell
    if (!f->code->cell_from_arg.empty() && f->code->cell_from_arg[0] == 0)
      self = static_cast<Cell*>(f->slots[f->code->nlocals()].as_obj())->value;
  }
  Type* st = self.is_obj() && self.as_obj()->type->is_subtype(vm.t_type) ? static_cast<Type*>(self.as_obj()) : vm.type_of(self);
  Value fnv = Value::obj(f->func);
  for (Type* k : st->mro) {
    if (!k->dict) continue;
    size_t pos = 0; Value key, v;
    while (dict_next(k->dict, &pos, &key, &v)) {
      Value inner = v;
      if (v.is_obj() && (v.as_obj()->type == vm.t_classmethod || v.as_obj()->type == vm.t_staticmethod || v.as_obj()->type == vm.t_property)) {
        auto* w = static_cast<Wrapper*>(v.as_obj());
        if (w->fget == fnv || w->fset == fnv) inner = fnv;
      }
      if (inner == fnv) return Value::obj(make<SuperObj>(vm.t_super, k, self));
    }
  }
  vm.raise(vm.e_runtime, "super(): __class__ cell not found");
}

Value wrap_new(VM& vm, CallArgs& a) {
  auto* t = static_cast<Type*>(a[0].as_obj());
  auto* w = make<Wrapper>(t, a.n > 1 ? a[1] : Value::none());
  if (a.n > 2) { incref(a[2]); decref(w->fset); w->fset = a[2]; }
  return Value::obj(w);
}
Value prop_setter(VM& vm, CallArgs& a) {
  auto* old = static_cast<Wrapper*>(a[0].as_obj());
  auto* w = make<Wrapper>(vm.t_property, old->fget);
  incref(a[1]); decref(w->fset); w->fset = a[1];
  return Value::obj(w);
}
Value prop_get(VM& vm, CallArgs& a) {
  auto* old = static_cast<Wrapper*>(a[0].as_obj());
  auto* w = make<Wrapper>(vm.t_property, a[1]);
  incref(old->fset); decref(w->fset); w->fset = old->fset;
  return Value::obj(w);
}

Value exc_init(VM& vm, CallArgs& a) {
  auto* e = static_cast<ExceptionObj*>(a[0].as_obj());
  Value old = e->args;
  e->args = vm.new_tuple(a.args + 1, a.n - 1).release();
  decref(old);
  return none();
}
Value exc_with_traceback(VM&, CallArgs& a) { incref(a[0]); return a[0]; }

// Suspends input() until the host supplies a line (Session::provide_input).
struct InputWait {
  VM& vm;
  bool await_ready() { return false; }
  bool await_suspend(Task::Handle) { vm.waiting_input = true; return true; }
  void await_resume() {}
};

Task b_input(VM& vm, CallArgs& a) {
  check_args(vm, "input", a, 0, 1);
  if (a.n) vm.write_out(vm.str_s(a[0]));
  for (;;) {
    size_t nl = vm.stdin_text.find('\n', vm.stdin_pos);
    if (nl != std::string::npos) {
      std::string line = vm.stdin_text.substr(vm.stdin_pos, nl - vm.stdin_pos);
      vm.stdin_pos = nl + 1;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      co_return vm.str(line).release();
    }
    if (!vm.stdin_interactive || vm.nested > 0) {
      // A last line without a newline still counts; after it, end of file.
      if (vm.stdin_pos < vm.stdin_text.size()) {
        std::string line = vm.stdin_text.substr(vm.stdin_pos);
        vm.stdin_pos = vm.stdin_text.size();
        co_return vm.str(line).release();
      }
      vm.raise(vm.e_eof, "EOF when reading a line");
    }
    co_await InputWait{vm};
  }
}

}  // namespace

void install_builtins(VM& vm) {
  def(vm, "print", b_print); def(vm, "len", b_len);
  vm.len_builtin = dict_get(vm, vm.builtins, vm.intern("len")); def(vm, "repr", b_repr); def(vm, "id", b_id);
  def(vm, "hash", b_hash); def(vm, "callable", b_callable); def(vm, "abs", b_abs); def(vm, "chr", b_chr);
  def(vm, "ord", b_ord); def(vm, "isinstance", b_isinstance); def(vm, "issubclass", b_issubclass);
  def(vm, "getattr", b_getattr); def(vm, "setattr", b_setattr); def(vm, "delattr", b_delattr);
  def(vm, "hasattr", b_hasattr); def(vm, "divmod", b_divmod); def(vm, "pow", b_pow); def(vm, "round", b_round);
  def(vm, "iter", b_iter); def(vm, "next", b_next); def(vm, "super", b_super); def_co(vm, "input", b_input);
  def_co(vm, "sum", b_sum); def_co(vm, "max", b_max); def_co(vm, "min", b_min); def_co(vm, "sorted", b_sorted);
  def_co(vm, "any", b_any); def_co(vm, "all", b_all); def_co(vm, "__build_class__", b_build_class);

  auto type_ctor = [&](Type* t, NativeFn fn) { add_method(vm, t, "__new__", fn); dict_set(vm, vm.builtins, vm.intern(t->name), Value::obj(t)); };
  auto type_ctor_co = [&](Type* t, NativeCo co) { add_method_co(vm, t, "__new__", co); dict_set(vm, vm.builtins, vm.intern(t->name), Value::obj(t)); };
  type_ctor(vm.t_int, t_int_new); type_ctor(vm.t_float, t_float_new); type_ctor(vm.t_bool, t_bool_new);
  type_ctor(vm.t_str, t_str_new); type_ctor(vm.t_object, t_object_new); type_ctor(vm.t_type, t_type_new);
  type_ctor(vm.t_range, t_range_new); type_ctor(vm.t_slice, t_slice_new);
  type_ctor_co(vm.t_list, t_list_new); type_ctor_co(vm.t_tuple, t_tuple_new); type_ctor_co(vm.t_set, t_set_new);
  type_ctor_co(vm.t_frozenset, t_set_new); type_ctor_co(vm.t_dict, t_dict_new);
  type_ctor(vm.t_property, wrap_new); type_ctor(vm.t_staticmethod, wrap_new); type_ctor(vm.t_classmethod, wrap_new);
  add_method(vm, vm.t_property, "setter", prop_setter);
  add_method(vm, vm.t_property, "getter", prop_get);
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"enumerate", t_enumerate_new}, {"zip", t_zip_new}, {"map", t_map_new}, {"filter", t_filter_new}, {"reversed", t_reversed_new}}) {
    Type* t = vm.native_iter_type(name);
    add_method(vm, t, "__new__", fn);
    dict_set(vm, vm.builtins, vm.intern(name), Value::obj(t));
  }
  add_method(vm, vm.t_generator, "send", gen_send);
  add_method(vm, vm.t_generator, "__next__", gen_next);
  add_method(vm, vm.t_generator, "__iter__", gen_iter);
  // The iterator protocol as methods (it.__next__, it.__iter__); native
  // iterator types made later copy them from `iterator` (VM::native_iter_type).
  for (Type* t : {vm.t_iterator, vm.t_list_iter, vm.t_tuple_iter, vm.t_str_iter, vm.t_range_iter, vm.t_dict_keyiter,
                  vm.t_dict_valueiter, vm.t_dict_itemiter, vm.t_set_iter, vm.t_reversed}) {
    add_method(vm, t, "__next__", iter_next_method);
    add_method(vm, t, "__iter__", gen_iter);
  }
  for (auto& [name, t] : vm.native_iter_types_) {
    add_method(vm, t, "__next__", iter_next_method);
    add_method(vm, t, "__iter__", gen_iter);
  }
  add_method(vm, vm.t_generator, "throw", gen_throw);
  add_method_co(vm, vm.t_generator, "close", gen_close);
  add_method(vm, vm.e_base, "__init__", exc_init);
  add_method(vm, vm.e_base, "with_traceback", exc_with_traceback);
  install_files(vm);
}

Ref VM::import_module(std::string_view name) {
  Value m = dict_get(*this, modules, intern(name));
  if (!m.is_null()) return Ref::borrow(m);
  auto it = module_factories.find(std::string(name));
  if (it == module_factories.end()) raise(e_module_not_found, "No module named '" + std::string(name) + "'");
  Ref mod = it->second(*this);
  dict_set(*this, modules, intern(name), mod.get());
  return mod;
}

}  // namespace yl
