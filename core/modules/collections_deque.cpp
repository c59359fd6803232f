// collections.deque: a ValueRing (O(1) at both ends) with an optional maxlen
// that evicts from the opposite end, and a state counter that iterators check
// so that changing a deque's length while iterating it raises RuntimeError,
// as CPython does. Errors carry CPython 3.11's texts.
#include <vector>
#include "../objects/attr_holder.h"
#include "../objects/collections_ops.h"
#include "collections.h"
#include "value_ring.h"

namespace yl {

namespace {

struct DequeObj : Object, AttrHolder {
  ValueRing ring;
  int64_t maxlen = -1;   // -1: unbounded
  uint64_t state = 0;    // bumped by every change of length or order
  explicit DequeObj(Type* t) : Object(t) {}
  ~DequeObj() override { drop_all(); clear_attrs(); }
  void traverse(Visitor& v) override {
    for (size_t i = 0; i < ring.size(); ++i) v.visit(ring[i]);
    traverse_attrs(v);
  }
  void clear() override { drop_all(); clear_attrs(); }
  size_t owned_bytes() const override { return ring.owned_bytes(); }
  // Empties the ring first, so code run by the decrefs sees an empty deque.
  void drop_all() {
    std::vector<Value> old;
    old.reserve(ring.size());
    for (size_t i = 0; i < ring.size(); ++i) old.push_back(ring[i]);
    ring.reset();
    ++state;
    for (Value v : old) decref(v);
  }
};

DequeObj* as_deque(Value v) { return v.is_obj() ? dynamic_cast<DequeObj*>(v.as_obj()) : nullptr; }

DequeObj* self_deque(VM& vm, CallArgs& a, const char* method) {
  DequeObj* d = a.n ? as_deque(a[0]) : nullptr;
  if (!d) raise_wrong_self(vm, a, method, "collections.deque");
  return d;
}

// Adds an owned value at one end, first evicting from the other end when the
// deque is at its maxlen (a maxlen of 0 keeps nothing).
void push(DequeObj* d, Value owned, bool left) {
  if (d->maxlen == 0) { decref(owned); return; }
  Value evicted = Value::null();
  if (d->maxlen > 0 && d->ring.size() == size_t(d->maxlen)) evicted = left ? d->ring.pop_back() : d->ring.pop_front();
  try {
    if (left) d->ring.push_front(owned);
    else d->ring.push_back(owned);
  } catch (...) {
    decref(owned);
    decref(evicted);
    throw;
  }
  ++d->state;
  decref(evicted);
}

DequeObj* new_deque(Type* t, int64_t maxlen) {
  auto* d = make<DequeObj>(t);
  d->maxlen = maxlen;
  return d;
}

// A copy of the items as owned references, safe against changes while
// Python code (__eq__, __repr__) runs.
std::vector<Ref> snapshot(DequeObj* d) {
  std::vector<Ref> items;
  items.reserve(d->ring.size());
  for (size_t i = 0; i < d->ring.size(); ++i) items.push_back(Ref::borrow(d->ring[i]));
  return items;
}

// copy(), and the start of + and *: a subclass is copied by calling it with
// the deque (and its maxlen), as CPython does.
Ref copy_of(VM& vm, DequeObj* d) {
  Value self = Value::obj(d);
  // (No class of a program can have a dotted name, so this is the type itself.)
  if (d->type->name != "collections.deque") {
    Ref r = d->maxlen < 0 ? vm.call_sync(Value::obj(d->type), {self})
                          : vm.call_sync(Value::obj(d->type), {self, Value::small(d->maxlen)});
    if (!as_deque(r.get())) vm.type_error("copy() returned a non-deque");
    return r;
  }
  Ref hold(new_deque(d->type, d->maxlen));
  for (size_t i = 0; i < d->ring.size(); ++i) { incref(d->ring[i]); push(hold.as<DequeObj>(), d->ring[i], false); }
  return hold;
}

bool is_index(VM& vm, Value v) { return vm.is_int(v) || !vm.lookup_type(vm.type_of(v), vm.intern("__index__")).is_null(); }

// A subscript as an index into the ring, with CPython's errors.
size_t item_index(VM& vm, DequeObj* d, Value k) {
  if (!is_index(vm, k)) vm.type_error("sequence index must be integer, not '" + vm.type_of(k)->name + "'");
  int64_t i = vm.index_of(k);
  if (!normalize_index(&i, int64_t(d->ring.size()))) vm.raise(vm.e_index, "deque index out of range");
  return size_t(i);
}

[[noreturn]] void mutated(VM& vm) { vm.raise(vm.e_runtime, "deque mutated during iteration"); }

// ---------------------------------------------------------------- construction

Value dq_new(VM&, CallArgs& a) {
  auto* cls = static_cast<Type*>(a[0].as_obj());
  DequeObj* d = new_deque(cls, -1);
  d->takes_attrs = cls->name != "collections.deque";  // only subclasses have a __dict__
  return Value::obj(d);
}

// Appends every item of `iterable` (at the left when `left`), pulling from
// Python iterators through the frame stack. Answers None, or the deque
// itself for `d += iterable`.
Task extend_run(VM& vm, Ref self, Ref iterable, bool left, bool answer_self) {
  auto* d = self.as<DequeObj>();
  Value src = iterable.get();
  Type* st = vm.type_of(src);
  if (src.is_null()) co_return answer_self ? self.release() : Value::none();
  if (src == self.get() || st == vm.t_list || st == vm.t_tuple) {
    // A snapshot first: extending a deque with itself doubles it once.
    std::vector<Ref> items = src == self.get() ? snapshot(d) : vm.collect(src);
    for (Ref& x : items) push(d, x.release(), left);
  } else {
    Ref it = vm.get_iter(src);
    for (;;) {
      Ref x = co_await vm.next(it.get());
      if (x.is_null()) break;
      push(d, x.release(), left);
    }
  }
  co_return answer_self ? self.release() : Value::none();
}

// deque(iterable=(), maxlen=None)
Task dq_init(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "__init__");
  if (a.n > 3) vm.type_error("deque() takes at most 2 arguments (" + std::to_string(a.n - 1 + a.nkw()) + " given)");
  Value iterable = a.n > 1 ? a[1] : Value::null(), maxlen = a.n > 2 ? a[2] : Value::null();
  for (size_t i = 0; i < a.nkw(); ++i) {
    std::string_view k = as_str(a.kwnames->items[i])->view();
    Value* slot = k == "iterable" ? &iterable : k == "maxlen" ? &maxlen : nullptr;
    if (!slot) vm.type_error("'" + std::string(k) + "' is an invalid keyword argument for deque()");
    if (!slot->is_null())
      vm.type_error("argument for deque() given by name ('" + std::string(k) + "') and position (" +
                    (slot == &iterable ? "1" : "2") + ")");
    *slot = a.kwvals[i];
  }
  int64_t limit = -1;
  if (!maxlen.is_null() && !maxlen.is_none()) {
    if (!vm.is_int(maxlen)) vm.type_error("an integer is required");
    limit = vm.index_of(maxlen);
    if (limit < 0) vm.raise(vm.e_value, "maxlen must be non-negative");
  }
  d->maxlen = limit;
  if (!d->ring.empty()) d->drop_all();
  return extend_run(vm, Ref::borrow(a[0]), Ref::borrow(iterable), false, false);
}

// ---------------------------------------------------------------- the ends

Value dq_append(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "append");
  check_one_arg(vm, a, "deque.append");
  incref(a[1]);
  push(d, a[1], false);
  return Value::none();
}
Value dq_appendleft(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "appendleft");
  check_one_arg(vm, a, "deque.appendleft");
  incref(a[1]);
  push(d, a[1], true);
  return Value::none();
}
Value pop_end(VM& vm, CallArgs& a, bool left) {
  DequeObj* d = self_deque(vm, a, left ? "popleft" : "pop");
  check_no_args(vm, a, left ? "deque.popleft" : "deque.pop");
  if (d->ring.empty()) vm.raise(vm.e_index, "pop from an empty deque");
  ++d->state;
  return left ? d->ring.pop_front() : d->ring.pop_back();
}
Value dq_pop(VM& vm, CallArgs& a) { return pop_end(vm, a, false); }
Value dq_popleft(VM& vm, CallArgs& a) { return pop_end(vm, a, true); }

Task dq_extend(VM& vm, CallArgs& a) {
  self_deque(vm, a, "extend");
  check_one_arg(vm, a, "deque.extend");
  return extend_run(vm, Ref::borrow(a[0]), Ref::borrow(a[1]), false, false);
}
Task dq_extendleft(VM& vm, CallArgs& a) {
  self_deque(vm, a, "extendleft");
  check_one_arg(vm, a, "deque.extendleft");
  return extend_run(vm, Ref::borrow(a[0]), Ref::borrow(a[1]), true, false);
}

Value dq_clear(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "clear");
  check_no_args(vm, a, "deque.clear");
  d->drop_all();
  return Value::none();
}

Value dq_copy(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "copy");
  check_no_args(vm, a, "deque.copy");
  return copy_of(vm, d).release();
}

// ---------------------------------------------------------------- order

Value dq_rotate(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "rotate");
  if (a.nkw()) vm.type_error("deque.rotate() takes no keyword arguments");
  if (a.n > 2) vm.type_error("deque.rotate expected at most 1 argument, got " + std::to_string(a.n - 1));
  int64_t n = a.n > 1 ? vm.index_of(a[1]) : 1;
  d->ring.rotate(n);
  ++d->state;
  return Value::none();
}

Value dq_reverse(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "reverse");
  check_no_args(vm, a, "deque.reverse");
  d->ring.reverse();
  ++d->state;
  return Value::none();
}

// ---------------------------------------------------------------- searching

// The first i in [start, stop) whose item equals x, or -1. Raises when the
// deque changes under a comparison.
int64_t find(VM& vm, DequeObj* d, Value x, size_t start, size_t stop) {
  uint64_t state = d->state;
  for (size_t i = start; i < stop && i < d->ring.size(); ++i) {
    Ref item = Ref::borrow(d->ring[i]);
    bool same = vm.eq(item.get(), x);
    if (d->state != state) mutated(vm);
    if (same) return int64_t(i);
  }
  return -1;
}

Value dq_count(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "count");
  check_one_arg(vm, a, "deque.count");
  uint64_t state = d->state;
  int64_t n = 0;
  for (size_t i = 0; i < d->ring.size(); ++i) {
    Ref item = Ref::borrow(d->ring[i]);
    if (vm.eq(item.get(), a[1])) ++n;
    if (d->state != state) mutated(vm);
  }
  return Value::small(n);
}

Value dq_contains(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "__contains__");
  return Value::boolean(find(vm, d, a[1], 0, d->ring.size()) >= 0);
}

// index(x[, start[, stop]]): start and stop clamp like slice bounds.
Value dq_index(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "index");
  if (a.nkw()) vm.type_error("index() takes no keyword arguments");
  if (a.n < 2) vm.type_error("index() takes at least 1 argument (0 given)");
  if (a.n > 4) vm.type_error("index() takes at most 3 arguments (" + std::to_string(a.n - 1) + " given)");
  int64_t len = int64_t(d->ring.size());
  auto bound = [&](size_t i, int64_t dflt) {
    if (a.n <= i) return dflt;
    if (!is_index(vm, a[i])) vm.type_error("slice indices must be integers or have an __index__ method");
    int64_t v = vm.index_of(a[i]);
    if (v < 0) v = std::max<int64_t>(v + len, 0);
    return std::min(v, len);
  };
  int64_t start = bound(2, 0), stop = bound(3, len);
  int64_t i = start < stop ? find(vm, d, a[1], size_t(start), size_t(stop)) : -1;
  if (i < 0) vm.raise(vm.e_value, vm.repr_s(a[1]) + " is not in deque");
  return Value::small(i);
}

Value dq_insert(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "insert");
  if (a.nkw()) vm.type_error("insert() takes no keyword arguments");
  if (a.n != 3) vm.type_error("insert() takes exactly 2 arguments (" + std::to_string(a.n - 1) + " given)");
  int64_t i = vm.index_of(a[1]);
  int64_t len = int64_t(d->ring.size());
  if (d->maxlen >= 0 && len >= d->maxlen) vm.raise(vm.e_index, "deque already at its maximum size");
  if (i < 0) i = std::max<int64_t>(i + len, 0);
  if (i > len) i = len;
  incref(a[2]);
  try { d->ring.insert(size_t(i), a[2]); } catch (...) { decref(a[2]); throw; }
  ++d->state;
  return Value::none();
}

Value dq_remove(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "remove");
  check_one_arg(vm, a, "deque.remove");
  int64_t i = find(vm, d, a[1], 0, d->ring.size());
  if (i < 0) vm.raise(vm.e_value, vm.repr_s(a[1]) + " is not in deque");
  ++d->state;
  decref(d->ring.erase(size_t(i)));
  return Value::none();
}

// ---------------------------------------------------------------- the sequence protocol

Value dq_len(VM& vm, CallArgs& a) { return Value::small(int64_t(self_deque(vm, a, "__len__")->ring.size())); }

Value dq_getitem(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "__getitem__");
  return Ref::borrow(d->ring[item_index(vm, d, a[1])]).release();
}

Value dq_setitem(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "__setitem__");
  size_t i = item_index(vm, d, a[1]);
  incref(a[2]);
  Value old = d->ring[i];
  d->ring[i] = a[2];
  decref(old);
  return Value::none();
}

Value dq_delitem(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "__delitem__");
  size_t i = item_index(vm, d, a[1]);
  ++d->state;
  decref(d->ring.erase(i));
  return Value::none();
}

// Iterators hold the deque and the state they started from; a change of
// length or order since then makes the next step raise.
Task iterate(VM& vm, Ref self, bool reversed) {
  auto* d = self.as<DequeObj>();
  uint64_t state = d->state;
  for (size_t i = 0;; ++i) {
    if (d->state != state) mutated(vm);
    if (i >= d->ring.size()) co_return Value::null();
    co_yield Ref::borrow(d->ring[reversed ? d->ring.size() - 1 - i : i]).release();
  }
}

Value dq_iter(VM& vm, CallArgs& a) {
  self_deque(vm, a, "__iter__");
  return vm.make_native_iter(iterate(vm, Ref::borrow(a[0]), false), "_collections._deque_iterator").release();
}
Value dq_reversed(VM& vm, CallArgs& a) {
  self_deque(vm, a, "__reversed__");
  return vm.make_native_iter(iterate(vm, Ref::borrow(a[0]), true), "_collections._deque_reverse_iterator").release();
}

Value dq_maxlen(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "maxlen");
  return d->maxlen < 0 ? Value::none() : Value::small(d->maxlen);
}

// deque([1, 2]) / deque([1, 2], maxlen=2); a deque inside itself shows as [...].
Value dq_repr(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "__repr__");
  static std::vector<Object*> active;
  for (Object* o : active) if (o == d) return vm.str("[...]").release();
  active.push_back(d);
  struct Leave { ~Leave() { active.pop_back(); } } leave;
  Ref items = vm.new_list(d->ring.size());
  for (Ref& x : snapshot(d)) list_append(items.as<List>(), x.get());
  std::string s = short_type_name(d->type) + "(" + vm.repr_s(items.get());
  if (d->maxlen >= 0) s += ", maxlen=" + std::to_string(d->maxlen);
  return vm.str(s + ")").release();
}

// ---------------------------------------------------------------- comparison

// Deques compare item by item like lists; anything else is NotImplemented.
Value compare_deques(VM& vm, CallArgs& a, CmpOp op) {
  DequeObj* x = self_deque(vm, a, "__eq__");
  DequeObj* y = a.n > 1 ? as_deque(a[1]) : nullptr;
  if (!y) return Ref::borrow(vm.not_implemented).release();
  std::vector<Ref> xs = snapshot(x), ys = snapshot(y);
  size_t i = 0;
  for (; i < xs.size() && i < ys.size(); ++i)
    if (!vm.eq(xs[i].get(), ys[i].get())) break;
  if (i >= xs.size() || i >= ys.size()) {
    size_t m = xs.size(), n = ys.size();
    bool r = op == C_EQ ? m == n : op == C_NE ? m != n : op == C_LT ? m < n : op == C_LE ? m <= n : op == C_GT ? m > n : m >= n;
    return Value::boolean(r);
  }
  if (op == C_EQ) return Value::boolean(false);
  if (op == C_NE) return Value::boolean(true);
  return vm.compare(xs[i].get(), ys[i].get(), op).release();
}
Value dq_eq(VM& vm, CallArgs& a) { return compare_deques(vm, a, C_EQ); }
Value dq_ne(VM& vm, CallArgs& a) { return compare_deques(vm, a, C_NE); }
Value dq_lt(VM& vm, CallArgs& a) { return compare_deques(vm, a, C_LT); }
Value dq_le(VM& vm, CallArgs& a) { return compare_deques(vm, a, C_LE); }
Value dq_gt(VM& vm, CallArgs& a) { return compare_deques(vm, a, C_GT); }
Value dq_ge(VM& vm, CallArgs& a) { return compare_deques(vm, a, C_GE); }

// ---------------------------------------------------------------- + and *

Value dq_add(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "__add__");
  DequeObj* other = as_deque(a[1]);
  if (!other) vm.type_error("can only concatenate deque (not \"" + vm.type_of(a[1])->name + "\") to deque");
  Ref out = copy_of(vm, d);
  for (Ref& x : snapshot(other)) push(out.as<DequeObj>(), x.release(), false);
  return out.release();
}

// Repeats the items in place n times (n <= 0 empties), as deque *= n does.
void repeat_in_place(VM& vm, DequeObj* d, Value n_value) {
  if (!is_index(vm, n_value)) vm.type_error("can't multiply sequence by non-int of type '" + vm.type_of(n_value)->name + "'");
  int64_t n = vm.index_of(n_value);
  if (n <= 0 || d->ring.empty()) { d->drop_all(); return; }
  std::vector<Ref> items = snapshot(d);
  if (items.size() * size_t(n) > (size_t(1) << 28)) throw MemoryExhausted{};
  // With a maxlen only the last maxlen items survive, so stop adding past them.
  int64_t copies = n - 1;
  if (d->maxlen >= 0) copies = std::min<int64_t>(copies, d->maxlen / int64_t(items.size()) + 1);
  for (int64_t c = 0; c < copies; ++c)
    for (Ref& x : items) { incref(x.get()); push(d, x.get(), false); }
}

Value dq_mul(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "__mul__");
  Ref out = copy_of(vm, d);
  repeat_in_place(vm, out.as<DequeObj>(), a[1]);
  return out.release();
}
Value dq_imul(VM& vm, CallArgs& a) {
  DequeObj* d = self_deque(vm, a, "__imul__");
  repeat_in_place(vm, d, a[1]);
  return Ref::borrow(a[0]).release();
}
// d += iterable: extends, then answers the deque itself.
Task dq_iadd(VM& vm, CallArgs& a) {
  self_deque(vm, a, "__iadd__");
  return extend_run(vm, Ref::borrow(a[0]), Ref::borrow(a[1]), false, true);
}

}  // namespace

void add_deque(VM& vm, Value mod) {
  Type* t = new_collections_type(vm, "collections.deque", "deque", Layout::Object, vm.t_object);
  Ref type_ref(t);
  add_methods(vm, t, {
      {"__new__", dq_new}, {"append", dq_append}, {"appendleft", dq_appendleft}, {"pop", dq_pop},
      {"popleft", dq_popleft}, {"clear", dq_clear}, {"copy", dq_copy}, {"__copy__", dq_copy},
      {"rotate", dq_rotate}, {"reverse", dq_reverse}, {"count", dq_count}, {"index", dq_index},
      {"insert", dq_insert}, {"remove", dq_remove}, {"__len__", dq_len}, {"__contains__", dq_contains},
      {"__getitem__", dq_getitem}, {"__setitem__", dq_setitem}, {"__delitem__", dq_delitem},
      {"__iter__", dq_iter}, {"__reversed__", dq_reversed}, {"__repr__", dq_repr}, {"__eq__", dq_eq},
      {"__ne__", dq_ne}, {"__lt__", dq_lt}, {"__le__", dq_le}, {"__gt__", dq_gt}, {"__ge__", dq_ge},
      {"__add__", dq_add}, {"__mul__", dq_mul}, {"__rmul__", dq_mul}, {"__imul__", dq_imul}},
      {{"__init__", dq_init}, {"extend", dq_extend}, {"extendleft", dq_extendleft}, {"__iadd__", dq_iadd}});
  Ref getter = vm.new_native("maxlen", dq_maxlen, "collections.deque");
  Ref prop(make<Wrapper>(vm.t_property, getter.get()));
  dict_set(vm, t->dict, vm.intern("maxlen"), prop.get());
  dict_set(vm, t->dict, vm.intern("__hash__"), Value::none());
  module_set(vm, mod, "deque", Value::obj(t));
}

}  // namespace yl
