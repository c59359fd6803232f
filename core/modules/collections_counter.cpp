// collections.Counter: a dict of counts, missing keys count 0. Its methods
// follow collections/__init__.py of CPython 3.11 step by step (which
// operations run on the counts, in which order, what is NotImplemented), so
// results, orders and errors are the same; counting an iterator pulls from
// it through the frame stack.
#include <algorithm>
#include <vector>
#include "../objects/attr_holder.h"
#include "../objects/collections_ops.h"
#include "collections.h"
#include "params.h"

namespace yl {

namespace {

bool is_counter_type(VM& vm, Type* t) {
  Value mod = dict_get(vm, t->dict, vm.intern("__module__"));
  return t->name == "Counter" && !mod.is_null() && as_str(mod)->view() == "collections";
}
// collections.Counter itself, found from an instance of it or of a subclass
// (results of the operators are plain Counters, as in CPython).
Type* counter_type(VM& vm, Value v) {
  for (Type* k : vm.type_of(v)->mro)
    if (is_counter_type(vm, k)) return k;
  return nullptr;
}
bool is_counter(VM& vm, Value v) { return v.is_obj() && counter_type(vm, v); }

Dict* self_counter(VM& vm, CallArgs& a, const char* method) {
  if (!a.n || !is_counter(vm, a[0])) raise_wrong_self(vm, a, method, "Counter");
  return as_dict(a[0]);
}

Ref new_counter(VM& vm, Value like) { return Ref(make<SubclassDict>(counter_type(vm, like))); }

// self[elem] for a Counter: the stored count or 0 (borrowed).
Value count_of(VM& vm, Dict* d, Value elem) {
  Value v = dict_get(vm, d, elem);
  return v.is_null() ? Value::small(0) : v;
}

bool gt(VM& vm, Value a, Value b) { return vm.truthy(vm.compare(a, b, C_GT).get()); }
bool lt(VM& vm, Value a, Value b) { return vm.truthy(vm.compare(a, b, C_LT).get()); }

Ref add(VM& vm, Value a, Value b, bool subtract) {
  if (a.is_int() && b.is_int()) return vm.from_int64(subtract ? a.as_int() - b.as_int() : a.as_int() + b.as_int());
  return vm.binary(a, b, subtract ? B_SUB : B_ADD);
}

// A snapshot of a dict's (key, value) pairs, safe while Python code runs.
std::vector<std::pair<Ref, Ref>> pairs_of(Dict* d) {
  std::vector<std::pair<Ref, Ref>> out;
  size_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) out.emplace_back(Ref::borrow(k), Ref::borrow(v));
  return out;
}

// ---------------------------------------------------------------- counting

// Counter.update / Counter.subtract: a mapping adds (subtracts) its counts,
// any other iterable counts each element once; then the keywords, as a mapping.
Task count_into(VM& vm, Ref self, Ref source, std::vector<std::pair<Ref, Ref>> kw, bool subtract) {
  Dict* d = self.as<Dict>();
  auto add_pairs = [&](std::vector<std::pair<Ref, Ref>> pairs) {
    // update() into an empty Counter copies the mapping as dict.update does.
    bool copy = !subtract && d->used == 0;
    for (auto& [k, v] : pairs) {
      Ref n = copy ? v : add(vm, count_of(vm, d, k.get()), v.get(), subtract);
      vm.setitem(self.get(), k.get(), n.get());
    }
  };
  Value src = source.get();
  if (!src.is_null() && !src.is_none()) {
    if (src.is_obj() && vm.type_of(src)->layout == Layout::Dict) {
      add_pairs(pairs_of(as_dict(src)));
    } else {
      Ref it = vm.get_iter(src);
      for (;;) {
        Ref elem = co_await vm.next(it.get());
        if (elem.is_null()) break;
        Ref n = add(vm, count_of(vm, d, elem.get()), Value::small(1), subtract);
        vm.setitem(self.get(), elem.get(), n.get());
      }
    }
  }
  if (!kw.empty()) add_pairs(std::move(kw));
  co_return Value::none();
}

// The positional part of (self, iterable=None, /, **kwds).
Ref one_optional(VM& vm, CallArgs& a, const char* qualname) {
  if (a.n > 2)
    vm.type_error(std::string(qualname) + "() takes from 1 to 2 positional arguments but " + std::to_string(a.n) +
                  " were given");
  return a.n > 1 ? Ref::borrow(a[1]) : Ref();
}

Value c_new(VM&, CallArgs& a) { return Value::obj(make<SubclassDict>(static_cast<Type*>(a[0].as_obj()))); }

Task c_init(VM& vm, CallArgs& a) {
  self_counter(vm, a, "__init__");
  Ref src = one_optional(vm, a, "Counter.__init__");
  return count_into(vm, Ref::borrow(a[0]), src, keyword_pairs(a), false);
}
Task c_update(VM& vm, CallArgs& a) {
  self_counter(vm, a, "update");
  Ref src = one_optional(vm, a, "Counter.update");
  return count_into(vm, Ref::borrow(a[0]), src, keyword_pairs(a), false);
}
Task c_subtract(VM& vm, CallArgs& a) {
  self_counter(vm, a, "subtract");
  Ref src = one_optional(vm, a, "Counter.subtract");
  return count_into(vm, Ref::borrow(a[0]), src, keyword_pairs(a), true);
}

Value c_missing(VM& vm, CallArgs& a) {
  self_counter(vm, a, "__missing__");
  check_one_arg(vm, a, "Counter.__missing__");
  return Value::small(0);
}

// del c[elem] forgets elem, and is no error when it is not there.
Value c_delitem(VM& vm, CallArgs& a) {
  Dict* d = self_counter(vm, a, "__delitem__");
  dict_del(vm, d, a[1]);
  return Value::none();
}

Value c_fromkeys(VM& vm, CallArgs&) {
  vm.raise(vm.e_not_impl, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
}

// ---------------------------------------------------------------- reading counts

// (elem, count) tuples by count, highest first, sorted as
// sorted(items, key=itemgetter(1), reverse=True) sorts them (timsort: equal
// counts keep insertion order, and the same comparisons run).
std::vector<Ref> by_count(VM& vm, Dict* d) {
  std::vector<Ref> items;
  std::vector<Value> keys, values;
  for (auto& [k, v] : pairs_of(d)) {
    Value kv[2] = {k.get(), v.get()};
    items.push_back(vm.new_tuple(kv, 2));
    keys.push_back(as_tuple(items.back().get())->items[1]);
    values.push_back(items.back().get());
  }
  timsort_values(vm, keys.data(), values.data(), values.size(), true);
  std::vector<Ref> sorted;
  for (Value t : values) sorted.push_back(Ref::borrow(t));
  return sorted;
}

Ref tuples_list(VM& vm, const std::vector<Ref>& items, size_t n) {
  Ref out = vm.new_list(std::min(n, items.size()));
  for (size_t i = 0; i < items.size() && i < n; ++i) list_append(out.as<List>(), items[i].get());
  return out;
}

// most_common(n=None): like heapq.nlargest, n is compared with the size first.
Value c_most_common(VM& vm, CallArgs& a) {
  Dict* d = self_counter(vm, a, "most_common");
  auto p = bind_params(vm, a, {"Counter.most_common", {"n"}, 0, 1, true});
  Value n = p[0];
  size_t take = SIZE_MAX;
  if (!n.is_null() && !n.is_none() && !vm.truthy(vm.compare(n, Value::small(int64_t(d->used)), C_GE).get())) {
    int64_t k = vm.index_of(n);
    take = k <= 0 ? 0 : size_t(k);
  }
  return tuples_list(vm, by_count(vm, d), take).release();
}

// elements(): each element as many times as its count (counts below one
// give nothing), lazily, as chain.from_iterable(starmap(repeat, items())).
Task elements_run(VM& vm, Ref self) {
  Dict* d = self.as<Dict>();
  size_t used = d->used, pos = 0;
  for (;;) {
    if (d->used != used) vm.raise(vm.e_runtime, "dictionary changed size during iteration");
    Value k, v;
    if (!dict_next(d, &pos, &k, &v)) co_return Value::null();
    Ref elem = Ref::borrow(k);
    int64_t n = vm.index_of(v);
    for (int64_t i = 0; i < n; ++i) co_yield Ref(elem).release();
  }
}
Value c_elements(VM& vm, CallArgs& a) {
  self_counter(vm, a, "elements");
  check_no_args(vm, a, "Counter.elements");
  return vm.make_native_iter(elements_run(vm, Ref::borrow(a[0])), "itertools.chain").release();
}

Value c_total(VM& vm, CallArgs& a) {
  Dict* d = self_counter(vm, a, "total");
  check_no_args(vm, a, "Counter.total");
  Ref sum = Ref::steal(Value::small(0));
  for (auto& [k, v] : pairs_of(d)) sum = add(vm, sum.get(), v.get(), false);
  return sum.release();
}

Value c_copy(VM& vm, CallArgs& a) {
  Dict* d = self_counter(vm, a, "copy");
  check_no_args(vm, a, "Counter.copy");
  return vm.call_sync(Value::obj(d->type), {a[0]}).release();
}

// Counter({'a': 3, 'b': 1}) in most_common() order, or in insertion order
// when the counts cannot be ordered.
Value c_repr(VM& vm, CallArgs& a) {
  Dict* d = self_counter(vm, a, "__repr__");
  std::string name = short_type_name(d->type);
  if (d->used == 0) return vm.str(name + "()").release();
  Ref plain = vm.new_dict();
  try {
    for (Ref& t : by_count(vm, d)) dict_set(vm, plain.as<Dict>(), as_tuple(t.get())->items[0], as_tuple(t.get())->items[1]);
  } catch (PyException& e) {
    if (!vm.isinstance(e.exc, vm.e_type)) throw;
    dict_clear(plain.as<Dict>());
    for (auto& [k, v] : pairs_of(d)) dict_set(vm, plain.as<Dict>(), k.get(), v.get());
  }
  return vm.str(name + "(" + vm.repr_s(plain.get()) + ")").release();
}

// ---------------------------------------------------------------- multiset operators

enum class Op { Add, Sub, Or, And };

// c + d, c - d, c | d, c & d: only counts above zero are kept.
Value binary_op(VM& vm, CallArgs& a, Op op) {
  Dict* x = self_counter(vm, a, "__add__");
  if (!is_counter(vm, a[1])) return Ref::borrow(vm.not_implemented).release();
  Dict* y = as_dict(a[1]);
  Ref out = new_counter(vm, a[0]);
  Dict* r = out.as<Dict>();
  Value zero = Value::small(0);
  for (auto& [elem, count] : pairs_of(x)) {
    Value other = count_of(vm, y, elem.get());
    Ref n;
    switch (op) {
      case Op::Add: n = add(vm, count.get(), other, false); break;
      case Op::Sub: n = add(vm, count.get(), other, true); break;
      case Op::Or: n = lt(vm, count.get(), other) ? Ref::borrow(other) : count; break;
      case Op::And: n = lt(vm, count.get(), other) ? count : Ref::borrow(other); break;
    }
    if (gt(vm, n.get(), zero)) dict_set(vm, r, elem.get(), n.get());
  }
  if (op == Op::And) return out.release();
  for (auto& [elem, count] : pairs_of(y)) {
    if (!dict_get(vm, x, elem.get()).is_null()) continue;
    if (op == Op::Sub) {
      if (lt(vm, count.get(), zero)) dict_set(vm, r, elem.get(), add(vm, zero, count.get(), true).get());
    } else if (gt(vm, count.get(), zero)) {
      dict_set(vm, r, elem.get(), count.get());
    }
  }
  return out.release();
}
Value c_add(VM& vm, CallArgs& a) { return binary_op(vm, a, Op::Add); }
Value c_sub(VM& vm, CallArgs& a) { return binary_op(vm, a, Op::Sub); }
Value c_or(VM& vm, CallArgs& a) { return binary_op(vm, a, Op::Or); }
Value c_and(VM& vm, CallArgs& a) { return binary_op(vm, a, Op::And); }

// +c keeps the positive counts, -c negates the negative ones.
Value unary_op(VM& vm, CallArgs& a, bool negate) {
  Dict* x = self_counter(vm, a, negate ? "__neg__" : "__pos__");
  Ref out = new_counter(vm, a[0]);
  Value zero = Value::small(0);
  for (auto& [elem, count] : pairs_of(x)) {
    if (negate ? lt(vm, count.get(), zero) : gt(vm, count.get(), zero))
      dict_set(vm, out.as<Dict>(), elem.get(), negate ? add(vm, zero, count.get(), true).get() : count.get());
  }
  return out.release();
}
Value c_pos(VM& vm, CallArgs& a) { return unary_op(vm, a, false); }
Value c_neg(VM& vm, CallArgs& a) { return unary_op(vm, a, true); }

// The in-place forms change self, then drop every count that is not above zero.
Value inplace_op(VM& vm, CallArgs& a, Op op) {
  Dict* x = self_counter(vm, a, "__iadd__");
  if (!is_counter(vm, a[1])) return Ref::borrow(vm.not_implemented).release();
  Dict* y = as_dict(a[1]);
  Value self = a[0];
  if (op == Op::And) {
    for (auto& [elem, count] : pairs_of(x)) {
      Value other = count_of(vm, y, elem.get());
      if (lt(vm, other, count.get())) vm.setitem(self, elem.get(), other);
    }
  } else {
    for (auto& [elem, count] : pairs_of(y)) {
      Value mine = count_of(vm, x, elem.get());
      if (op == Op::Or) {
        if (gt(vm, count.get(), mine)) vm.setitem(self, elem.get(), count.get());
      } else {
        Ref n = add(vm, mine, count.get(), op == Op::Sub);
        vm.setitem(self, elem.get(), n.get());
      }
    }
  }
  for (auto& [elem, count] : pairs_of(x))
    if (!gt(vm, count.get(), Value::small(0))) dict_del(vm, x, elem.get());
  return Ref::borrow(self).release();
}
Value c_iadd(VM& vm, CallArgs& a) { return inplace_op(vm, a, Op::Add); }
Value c_isub(VM& vm, CallArgs& a) { return inplace_op(vm, a, Op::Sub); }
Value c_ior(VM& vm, CallArgs& a) { return inplace_op(vm, a, Op::Or); }
Value c_iand(VM& vm, CallArgs& a) { return inplace_op(vm, a, Op::And); }

// ---------------------------------------------------------------- comparison

// Counters compare as multisets, a missing element counting zero:
// == when every count is equal, <= when every count of self is <= other's.
bool all_counts(VM& vm, Dict* x, Dict* y, CmpOp op) {
  for (Dict* side : {x, y})
    for (auto& item : pairs_of(side)) {
      Value elem = item.first.get();
      if (!vm.truthy(vm.compare(count_of(vm, x, elem), count_of(vm, y, elem), op).get())) return false;
    }
  return true;
}
Value compare_op(VM& vm, CallArgs& a, CmpOp op) {
  Dict* x = self_counter(vm, a, "__eq__");
  if (!is_counter(vm, a[1])) return Ref::borrow(vm.not_implemented).release();
  Dict* y = as_dict(a[1]);
  switch (op) {
    case C_EQ: return Value::boolean(all_counts(vm, x, y, C_EQ));
    case C_NE: return Value::boolean(!all_counts(vm, x, y, C_EQ));
    case C_LE: return Value::boolean(all_counts(vm, x, y, C_LE));
    case C_GE: return Value::boolean(all_counts(vm, x, y, C_GE));
    case C_LT: return Value::boolean(all_counts(vm, x, y, C_LE) && !all_counts(vm, x, y, C_EQ));
    case C_GT: return Value::boolean(all_counts(vm, x, y, C_GE) && !all_counts(vm, x, y, C_EQ));
  }
  return Ref::borrow(vm.not_implemented).release();
}
Value c_eq(VM& vm, CallArgs& a) { return compare_op(vm, a, C_EQ); }
Value c_ne(VM& vm, CallArgs& a) { return compare_op(vm, a, C_NE); }
Value c_lt(VM& vm, CallArgs& a) { return compare_op(vm, a, C_LT); }
Value c_le(VM& vm, CallArgs& a) { return compare_op(vm, a, C_LE); }
Value c_gt(VM& vm, CallArgs& a) { return compare_op(vm, a, C_GT); }
Value c_ge(VM& vm, CallArgs& a) { return compare_op(vm, a, C_GE); }

}  // namespace

void add_counter(VM& vm, Value mod) {
  Type* t = new_collections_type(vm, "Counter", "Counter", Layout::Dict, vm.t_dict);
  Ref type_ref(t);
  add_methods(vm, t, {
      {"__new__", c_new}, {"__missing__", c_missing}, {"__delitem__", c_delitem}, {"fromkeys", c_fromkeys},
      {"most_common", c_most_common}, {"elements", c_elements}, {"total", c_total}, {"copy", c_copy},
      {"__repr__", c_repr}, {"__add__", c_add}, {"__sub__", c_sub}, {"__or__", c_or}, {"__and__", c_and},
      {"__pos__", c_pos}, {"__neg__", c_neg}, {"__iadd__", c_iadd}, {"__isub__", c_isub}, {"__ior__", c_ior},
      {"__iand__", c_iand}, {"__eq__", c_eq}, {"__ne__", c_ne}, {"__lt__", c_lt}, {"__le__", c_le},
      {"__gt__", c_gt}, {"__ge__", c_ge}},
      {{"__init__", c_init}, {"update", c_update}, {"subtract", c_subtract}});
  module_set(vm, mod, "Counter", Value::obj(t));
}

}  // namespace yl
