// Methods of list and tuple: append extend insert remove pop index count clear
// copy reverse sort, and tuple.index / tuple.count. Argument errors use
// CPython 3.11's exact messages. list.sort is CPython's timsort (same runs,
// same galloping, same merge order), so user __lt__ methods see the same
// comparisons in the same order and a failing comparison reports the same
// operands. The helpers in namespace `cm` are shared with dict_methods.cpp
// and set_methods.cpp.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <vector>
#include "objects/collections_ops.h"

namespace yl {

void timsort_values(VM& vm, Value* keys, Value* values, size_t n, bool reverse);

namespace cm {

std::string type_name(VM& vm, Value v) { return vm.type_of(v)->name; }

// Checks that args[0] (self) is an instance of `t`, like CPython's method
// descriptors do: "descriptor 'append' for 'list' objects doesn't apply to a 'tuple' object".
void check_self(VM& vm, CallArgs& a, Type* t, const char* name) {
  if (a.n == 0) vm.type_error(std::string("unbound method ") + t->name + "." + name + "() needs an argument");
  if (!vm.isinstance(a[0], t))
    vm.type_error(std::string("descriptor '") + name + "' for '" + t->name +
                  "' objects doesn't apply to a '" + type_name(vm, a[0]) + "' object");
}

void no_kw(VM& vm, CallArgs& a, const char* qual) {
  if (a.nkw()) vm.type_error(std::string(qual) + "() takes no keyword arguments");
}

// "list.append": the qualified name the errors below show. Built only when
// one is raised: these checks run on every method call.
static std::string qualified(Type* t, const char* name) { return t->name + "." + name; }

// METH_NOARGS: "list.clear() takes no arguments (1 given)".
void args_none(VM& vm, CallArgs& a, Type* t, const char* name) {
  check_self(vm, a, t, name);
  if (a.nkw()) no_kw(vm, a, qualified(t, name).c_str());
  if (a.n != 1) vm.type_error(qualified(t, name) + "() takes no arguments (" + std::to_string(a.n - 1) + " given)");
}

// METH_O: "list.append() takes exactly one argument (0 given)".
void args_one(VM& vm, CallArgs& a, Type* t, const char* name) {
  check_self(vm, a, t, name);
  if (a.nkw()) no_kw(vm, a, qualified(t, name).c_str());
  if (a.n != 2) vm.type_error(qualified(t, name) + "() takes exactly one argument (" + std::to_string(a.n - 1) + " given)");
}

// Argument Clinic's positional-only check: "insert expected 2 arguments, got 1",
// "pop expected at most 1 argument, got 2", "index expected at least 1 argument, got 0".
void args_range(VM& vm, CallArgs& a, Type* t, const char* name, size_t min, size_t max) {
  check_self(vm, a, t, name);
  if (a.nkw()) no_kw(vm, a, qualified(t, name).c_str());
  size_t n = a.n - 1;
  if (n < min)
    vm.type_error(std::string(name) + " expected " + (min == max ? "" : "at least ") + std::to_string(min) +
                  " argument" + (min == 1 ? "" : "s") + ", got " + std::to_string(n));
  if (n > max)
    vm.type_error(std::string(name) + " expected " + (min == max ? "" : "at most ") + std::to_string(max) +
                  " argument" + (max == 1 ? "" : "s") + ", got " + std::to_string(n));
}

// An int value of `v` (int, bool, or an object with __index__) as a BigInt-free
// int64 when it fits. Returns false when it does not fit (sign in *neg).
static bool index_value(VM& vm, Value v, int64_t* out, bool* neg, bool* ok_type) {
  *ok_type = true;
  if (v.is_int()) { *out = v.as_int(); return true; }
  if (v.is_bool()) { *out = v.is_true() ? 1 : 0; return true; }
  if (v.is_obj() && v.as_obj()->type == vm.t_int) {
    auto* b = static_cast<BigIntObj*>(v.as_obj());
    if (b->value.fits_int64()) { *out = b->value.to_int64(); return true; }
    *neg = b->value.is_negative();
    return false;
  }
  if (v.is_obj() && !v.is_float()) {
    Ref m = vm.lookup_type(vm.type_of(v), vm.intern("__index__"));
    if (!m.is_null()) {
      Ref r = vm.call_sync(m.get(), {v});
      Value rv = r.get();
      if (!(rv.is_int() || rv.is_bool() || (rv.is_obj() && vm.isinstance(rv, vm.t_int))))
        vm.type_error("__index__ returned non-int (type " + type_name(vm, rv) + ")");
      return index_value(vm, rv, out, neg, ok_type);
    }
  }
  *ok_type = false;
  return false;
}

// PyNumber_AsSsize_t(v, OverflowError): for insert/pop indexes.
int64_t as_ssize(VM& vm, Value v) {
  int64_t x = 0; bool neg = false, ok_type = true;
  if (index_value(vm, v, &x, &neg, &ok_type)) return x;
  if (!ok_type) vm.type_error("'" + type_name(vm, v) + "' object cannot be interpreted as an integer");
  vm.raise(vm.e_overflow, "Python int too large to convert to C ssize_t");
}

// _PyLong_AsInt (for sort's reverse flag).
int64_t as_c_int(VM& vm, Value v) {
  int64_t x = 0; bool neg = false, ok_type = true;
  bool fits = index_value(vm, v, &x, &neg, &ok_type);
  if (!ok_type) vm.type_error("'" + type_name(vm, v) + "' object cannot be interpreted as an integer");
  if (!fits || x > 2147483647 || x < -2147483647 - 1)
    vm.raise(vm.e_overflow, "Python int too large to convert to C int");
  return x;
}

// _PyEval_SliceIndexNotNone: clamps huge values instead of failing.
int64_t slice_index(VM& vm, Value v) {
  int64_t x = 0; bool neg = false, ok_type = true;
  if (index_value(vm, v, &x, &neg, &ok_type)) return x;
  if (!ok_type) vm.type_error("slice indices must be integers or have an __index__ method");
  return neg ? INT64_MIN : INT64_MAX;
}

// PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality (so a NaN
// held in one variable is found in a list, as with CPython's float objects).
bool same_or_eq(VM& vm, Value a, Value b) {
  if (a == b) return true;
  return vm.eq(a, b);
}

// KeyError(key): the exception's args are (key,), so it prints the key's repr.
[[noreturn]] void raise_key_error(VM& vm, Value key) {
  Ref exc = vm.call_sync(Value::obj(vm.e_key), {key});
  vm.raise_value(exc.get());
}

bool is_exact(VM&, Value v, Type* t) { return v.is_obj() && v.as_obj()->type == t; }

}  // namespace cm

namespace {

using namespace cm;

List* self_list(CallArgs& a) { return as_list(a[0]); }

// ---------------------------------------------------------------- simple ones

Value list_append(VM& vm, CallArgs& a) {
  args_one(vm, a, vm.t_list, "append");
  yl::list_append(self_list(a), a[1]);
  return Value::none();
}

Value list_insert(VM& vm, CallArgs& a) {
  args_range(vm, a, vm.t_list, "insert", 2, 2);
  List* l = self_list(a);
  int64_t i = as_ssize(vm, a[1]);
  int64_t n = int64_t(l->items.size());
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  Value v = a[2];
  incref(v);
  l->items.insert(l->items.begin() + i, v);
  return Value::none();
}

Value list_pop(VM& vm, CallArgs& a) {
  args_range(vm, a, vm.t_list, "pop", 0, 1);
  List* l = self_list(a);
  int64_t i = -1;
  if (a.n > 1) i = as_ssize(vm, a[1]);
  int64_t n = int64_t(l->items.size());
  if (n == 0) vm.raise(vm.e_index, "pop from empty list");
  if (i < 0) i += n;
  if (i < 0 || i >= n) vm.raise(vm.e_index, "pop index out of range");
  Value v = l->items[size_t(i)];
  l->items.erase(l->items.begin() + i);
  return v;  // the list's reference becomes the caller's
}

Value list_remove(VM& vm, CallArgs& a) {
  args_one(vm, a, vm.t_list, "remove");
  List* l = self_list(a);
  Value x = a[1];
  for (size_t i = 0; i < l->items.size(); ++i) {
    Ref item = Ref::borrow(l->items[i]);   // __eq__ may mutate the list
    if (same_or_eq(vm, item.get(), x)) {
      if (i < l->items.size()) {
        Value v = l->items[i];
        l->items.erase(l->items.begin() + i);
        decref(v);
      }
      return Value::none();
    }
  }
  vm.raise(vm.e_value, "list.remove(x): x not in list");
}

// list.index / tuple.index share this: start and stop are slice indexes.
int64_t seq_index(VM& vm, CallArgs& a, const Value* items_of_self(CallArgs&, size_t*), bool is_list) {
  Value x = a[1];
  size_t n0;
  items_of_self(a, &n0);
  int64_t start = 0, stop = INT64_MAX;
  if (a.n > 2) start = slice_index(vm, a[2]);
  if (a.n > 3) stop = slice_index(vm, a[3]);
  int64_t n = int64_t(n0);
  if (start < 0) { start += n; if (start < 0) start = 0; }
  if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
  for (int64_t i = start; i < stop; ++i) {
    size_t len;
    const Value* items = items_of_self(a, &len);   // a list may change under __eq__
    if (i >= int64_t(len)) break;
    Ref item = Ref::borrow(items[i]);
    if (same_or_eq(vm, item.get(), x)) return i;
  }
  if (is_list) vm.raise(vm.e_value, vm.repr_s(x) + " is not in list");
  vm.raise(vm.e_value, "tuple.index(x): x not in tuple");
}

const Value* list_items(CallArgs& a, size_t* n) {
  List* l = as_list(a[0]);
  *n = l->items.size();
  return l->items.data();
}
const Value* tuple_items(CallArgs& a, size_t* n) {
  Tuple* t = as_tuple(a[0]);
  *n = t->size;
  return t->items;
}

Value list_index(VM& vm, CallArgs& a) {
  args_range(vm, a, vm.t_list, "index", 1, 3);
  return vm.from_int64(seq_index(vm, a, list_items, true)).release();
}

Value tuple_index(VM& vm, CallArgs& a) {
  args_range(vm, a, vm.t_tuple, "index", 1, 3);
  return vm.from_int64(seq_index(vm, a, tuple_items, false)).release();
}

int64_t seq_count(VM& vm, CallArgs& a, const Value* items_of_self(CallArgs&, size_t*)) {
  Value x = a[1];
  int64_t count = 0;
  for (size_t i = 0;; ++i) {
    size_t len;
    const Value* items = items_of_self(a, &len);
    if (i >= len) break;
    Value it = items[i];
    if (it == x) { ++count; continue; }
    Ref item = Ref::borrow(it);
    if (vm.eq(item.get(), x)) ++count;
  }
  return count;
}

Value list_count(VM& vm, CallArgs& a) {
  args_one(vm, a, vm.t_list, "count");
  return vm.from_int64(seq_count(vm, a, list_items)).release();
}

Value tuple_count(VM& vm, CallArgs& a) {
  args_one(vm, a, vm.t_tuple, "count");
  return vm.from_int64(seq_count(vm, a, tuple_items)).release();
}

Value list_clear(VM& vm, CallArgs& a) {
  args_none(vm, a, vm.t_list, "clear");
  List* l = self_list(a);
  Vec<Value> old;
  std::swap(old, l->items);   // the list is empty before any item is freed
  for (Value v : old) decref(v);
  return Value::none();
}

Value list_copy(VM& vm, CallArgs& a) {
  args_none(vm, a, vm.t_list, "copy");
  List* l = self_list(a);
  return list_slice(vm, l, 0, int64_t(l->items.size()), 1).release();
}

Value list_reverse(VM& vm, CallArgs& a) {
  args_none(vm, a, vm.t_list, "reverse");
  List* l = self_list(a);
  std::reverse(l->items.begin(), l->items.end());
  return Value::none();
}

// ---------------------------------------------------------------- extend

Task list_extend(VM& vm, CallArgs& a) {
  args_one(vm, a, vm.t_list, "extend");
  Ref self = Ref::borrow(a[0]);
  Ref arg = Ref::borrow(a[1]);
  List* l = self.as<List>();
  Value x = arg.get();
  if (is_exact(vm, x, vm.t_list) || is_exact(vm, x, vm.t_tuple) || x == self.get()) {
    // A snapshot first: l.extend(l) doubles the list once.
    std::vector<Value> items;
    if (is_exact(vm, x, vm.t_tuple)) items.assign(as_tuple(x)->items, as_tuple(x)->items + as_tuple(x)->size);
    else items.assign(as_list(x)->items.begin(), as_list(x)->items.end());
    l->items.reserve(l->items.size() + items.size());
    for (Value v : items) yl::list_append(l, v);
    co_return Value::none();
  }
  Ref it = vm.get_iter(x);
  for (;;) {
    Ref item = co_await vm.next(it.get());
    if (item.is_null()) break;
    yl::list_append(l, item.get());
  }
  co_return Value::none();
}

// ---------------------------------------------------------------- sort

// Timsort over parallel arrays: `keys` decide the order, `vals` (when not
// null) move along with them. Values are borrowed for the duration of the
// sort; nothing is increfed or decrefed while sorting.
class TimSort {
public:
  TimSort(VM& vm, Value* keys, Value* vals, int64_t n) : vm_(vm), base_keys_(keys), base_vals_(vals), n_(n) {}

  void run() {
    int64_t remaining = n_;
    if (remaining < 2) return;
    int64_t minrun = compute_minrun(remaining);
    Slice lo{base_keys_, base_vals_};
    do {
      bool descending;
      int64_t n = count_run(lo.k, lo.k + remaining, &descending);
      if (descending) reverse_slice(lo, n);
      if (n < minrun) {
        int64_t force = remaining <= minrun ? remaining : minrun;
        binary_sort(lo, force, n);
        n = force;
      }
      found_new_run(n);
      pending_.push_back({lo, n, 0});
      lo = advance(lo, n);
      remaining -= n;
    } while (remaining);
    force_collapse();
  }

private:
  struct Slice { Value* k; Value* v; };
  struct Run { Slice base; int64_t len; int power; };
  static constexpr int64_t kMinGallop = 7;

  VM& vm_;
  Value* base_keys_;
  Value* base_vals_;
  int64_t n_;
  int64_t min_gallop_ = kMinGallop;
  std::vector<Run> pending_;
  std::vector<Value> tmp_k_, tmp_v_;

  // Like CPython's pre-sorted compare selection: exact ints, floats and strs
  // compare directly (no Python code can run for them); anything else goes
  // through the full rich comparison.
  bool lt(Value a, Value b) {
    if (a.is_int() && b.is_int()) return a.as_int() < b.as_int();
    if (a.is_float() && b.is_float()) return a.as_float() < b.as_float();
    if (a.is_obj() && b.is_obj() && a.as_obj()->type == vm_.t_str && b.as_obj()->type == vm_.t_str)
      return as_str(a)->view() < as_str(b)->view();   // UTF-8 byte order is code point order
    return vm_.less(a, b);
  }
  bool has_vals() const { return base_vals_ != nullptr; }
  Slice advance(Slice s, int64_t n) const { return {s.k + n, s.v ? s.v + n : nullptr}; }

  static int64_t compute_minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) { r |= n & 1; n >>= 1; }
    return n + r;
  }

  void reverse_slice(Slice s, int64_t n) {
    std::reverse(s.k, s.k + n);
    if (s.v) std::reverse(s.v, s.v + n);
  }

  // Binary insertion sort of [lo, lo+hi); [lo, lo+start) is already sorted.
  void binary_sort(Slice lo, int64_t hi, int64_t start) {
    if (start == 0) ++start;
    for (; start < hi; ++start) {
      int64_t l = 0, r = start;
      Value pivot = lo.k[start];
      do {
        int64_t p = l + ((r - l) >> 1);
        if (lt(pivot, lo.k[p])) r = p; else l = p + 1;
      } while (l < r);
      for (int64_t p = start; p > l; --p) lo.k[p] = lo.k[p - 1];
      lo.k[l] = pivot;
      if (lo.v) {
        Value pv = lo.v[start];
        for (int64_t p = start; p > l; --p) lo.v[p] = lo.v[p - 1];
        lo.v[l] = pv;
      }
    }
  }

  // Length of the run at the start of [lo, hi): ascending (a[0] <= a[1] <= ...)
  // or strictly descending.
  int64_t count_run(Value* lo, Value* hi, bool* descending) {
    *descending = false;
    ++lo;
    if (lo == hi) return 1;
    int64_t n = 2;
    if (lt(*lo, *(lo - 1))) {
      *descending = true;
      for (lo = lo + 1; lo < hi; ++lo, ++n)
        if (!lt(*lo, *(lo - 1))) break;
    } else {
      for (lo = lo + 1; lo < hi; ++lo, ++n)
        if (lt(*lo, *(lo - 1))) break;
    }
    return n;
  }

  // k in 0..n with a[k-1] < key <= a[k]; search starts at `hint`.
  int64_t gallop_left(Value key, Value* a, int64_t n, int64_t hint) {
    Value* p = a + hint;
    int64_t lastofs = 0, ofs = 1;
    if (lt(*p, key)) {
      const int64_t maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(p[ofs], key)) { lastofs = ofs; ofs = (ofs << 1) + 1; }
        else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint; ofs += hint;
    } else {
      const int64_t maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(*(p - ofs), key)) break;
        lastofs = ofs; ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      int64_t k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    ++lastofs;
    while (lastofs < ofs) {
      int64_t m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(a[m], key)) lastofs = m + 1; else ofs = m;
    }
    return ofs;
  }

  // k in 0..n with a[k-1] <= key < a[k].
  int64_t gallop_right(Value key, Value* a, int64_t n, int64_t hint) {
    Value* p = a + hint;
    int64_t lastofs = 0, ofs = 1;
    if (lt(key, *p)) {
      const int64_t maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(key, *(p - ofs))) { lastofs = ofs; ofs = (ofs << 1) + 1; }
        else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      int64_t k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const int64_t maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(key, p[ofs])) break;
        lastofs = ofs; ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint; ofs += hint;
    }
    ++lastofs;
    while (lastofs < ofs) {
      int64_t m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(key, a[m])) ofs = m; else lastofs = m + 1;
    }
    return ofs;
  }

  void copy(Slice dst, int64_t di, Slice src, int64_t si, int64_t n) {
    std::copy(src.k + si, src.k + si + n, dst.k + di);
    if (dst.v) std::copy(src.v + si, src.v + si + n, dst.v + di);
  }
  void move(Slice dst, int64_t di, Slice src, int64_t si, int64_t n) {
    std::memmove(dst.k + di, src.k + si, size_t(n) * sizeof(Value));
    if (dst.v) std::memmove(dst.v + di, src.v + si, size_t(n) * sizeof(Value));
  }
  void put(Slice dst, int64_t di, Slice src, int64_t si) {
    dst.k[di] = src.k[si];
    if (dst.v) dst.v[di] = src.v[si];
  }
  Slice temp(int64_t need) {
    if (int64_t(tmp_k_.size()) < need) {
      tmp_k_.resize(size_t(need));
      if (has_vals()) tmp_v_.resize(size_t(need));
    }
    return {tmp_k_.data(), has_vals() ? tmp_v_.data() : nullptr};
  }

  // Stable in-place merge of a (na items) with the b run right after it
  // (nb items), na <= nb; a's last item belongs at the end of the merge.
  void merge_lo(Slice ssa, int64_t na, Slice ssb, int64_t nb) {
    Slice tmp = temp(na);
    copy(tmp, 0, ssa, 0, na);
    Slice dest = ssa;
    ssa = tmp;
    put(dest, 0, ssb, 0); dest = advance(dest, 1); ssb = advance(ssb, 1);
    --nb;
    if (nb == 0) goto succeed;
    if (na == 1) goto copy_b;
    try {
      int64_t min_gallop = min_gallop_;
      for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
          if (lt(ssb.k[0], ssa.k[0])) {
            put(dest, 0, ssb, 0); dest = advance(dest, 1); ssb = advance(ssb, 1);
            ++bcount; acount = 0; --nb;
            if (nb == 0) goto succeed;
            if (bcount >= min_gallop) break;
          } else {
            put(dest, 0, ssa, 0); dest = advance(dest, 1); ssa = advance(ssa, 1);
            ++acount; bcount = 0; --na;
            if (na == 1) goto copy_b;
            if (acount >= min_gallop) break;
          }
        }
        ++min_gallop;
        do {
          min_gallop -= min_gallop > 1;
          min_gallop_ = min_gallop;
          int64_t k = gallop_right(ssb.k[0], ssa.k, na, 0);
          acount = k;
          if (k) {
            copy(dest, 0, ssa, 0, k);
            dest = advance(dest, k); ssa = advance(ssa, k);
            na -= k;
            if (na == 1) goto copy_b;
            if (na == 0) goto succeed;
          }
          put(dest, 0, ssb, 0); dest = advance(dest, 1); ssb = advance(ssb, 1);
          --nb;
          if (nb == 0) goto succeed;
          k = gallop_left(ssa.k[0], ssb.k, nb, 0);
          bcount = k;
          if (k) {
            move(dest, 0, ssb, 0, k);
            dest = advance(dest, k); ssb = advance(ssb, k);
            nb -= k;
            if (nb == 0) goto succeed;
          }
          put(dest, 0, ssa, 0); dest = advance(dest, 1); ssa = advance(ssa, 1);
          --na;
          if (na == 1) goto copy_b;
        } while (acount >= kMinGallop || bcount >= kMinGallop);
        ++min_gallop;
        min_gallop_ = min_gallop;
      }
    } catch (...) {
      if (na) copy(dest, 0, ssa, 0, na);   // nothing lost, nothing duplicated
      throw;
    }
  succeed:
    if (na) copy(dest, 0, ssa, 0, na);
    return;
  copy_b:
    move(dest, 0, ssb, 0, nb);
    put(dest, nb, ssa, 0);
  }

  // Like merge_lo, merging from the right end; na >= nb.
  void merge_hi(Slice ssa, int64_t na, Slice ssb, int64_t nb) {
    Slice tmp = temp(nb);
    Slice dest = advance(ssb, nb - 1);
    copy(tmp, 0, ssb, 0, nb);
    Slice basea = ssa;
    Slice baseb = tmp;
    ssb = advance(tmp, nb - 1);
    ssa = advance(ssa, na - 1);
    auto step_back = [](Slice s) { return Slice{s.k - 1, s.v ? s.v - 1 : nullptr}; };
    auto back = [](Slice s, int64_t n) { return Slice{s.k - n, s.v ? s.v - n : nullptr}; };

    put(dest, 0, ssa, 0); dest = step_back(dest); ssa = step_back(ssa);
    --na;
    if (na == 0) goto succeed;
    if (nb == 1) goto copy_a;
    try {
      int64_t min_gallop = min_gallop_;
      for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
          if (lt(ssb.k[0], ssa.k[0])) {
            put(dest, 0, ssa, 0); dest = step_back(dest); ssa = step_back(ssa);
            ++acount; bcount = 0; --na;
            if (na == 0) goto succeed;
            if (acount >= min_gallop) break;
          } else {
            put(dest, 0, ssb, 0); dest = step_back(dest); ssb = step_back(ssb);
            ++bcount; acount = 0; --nb;
            if (nb == 1) goto copy_a;
            if (bcount >= min_gallop) break;
          }
        }
        ++min_gallop;
        do {
          min_gallop -= min_gallop > 1;
          min_gallop_ = min_gallop;
          int64_t k = gallop_right(ssb.k[0], basea.k, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest = back(dest, k); ssa = back(ssa, k);
            move(dest, 1, ssa, 1, k);
            na -= k;
            if (na == 0) goto succeed;
          }
          put(dest, 0, ssb, 0); dest = step_back(dest); ssb = step_back(ssb);
          --nb;
          if (nb == 1) goto copy_a;
          k = gallop_left(ssa.k[0], baseb.k, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest = back(dest, k); ssb = back(ssb, k);
            copy(dest, 1, ssb, 1, k);
            nb -= k;
            if (nb == 1) goto copy_a;
            if (nb == 0) goto succeed;
          }
          put(dest, 0, ssa, 0); dest = step_back(dest); ssa = step_back(ssa);
          --na;
          if (na == 0) goto succeed;
        } while (acount >= kMinGallop || bcount >= kMinGallop);
        ++min_gallop;
        min_gallop_ = min_gallop;
      }
    } catch (...) {
      if (nb) copy(dest, -(nb - 1), baseb, 0, nb);
      throw;
    }
  succeed:
    if (nb) copy(dest, -(nb - 1), baseb, 0, nb);
    return;
  copy_a:
    move(dest, 1 - na, ssa, 1 - na, na);
    dest = back(dest, na); ssa = back(ssa, na);
    put(dest, 0, ssb, 0);
  }

  void merge_at(size_t i) {
    Slice ssa = pending_[i].base;
    int64_t na = pending_[i].len;
    Slice ssb = pending_[i + 1].base;
    int64_t nb = pending_[i + 1].len;
    pending_[i].len = na + nb;
    if (i == pending_.size() - 3) pending_[i + 1] = pending_[i + 2];
    pending_.pop_back();

    int64_t k = gallop_right(ssb.k[0], ssa.k, na, 0);
    ssa = advance(ssa, k);
    na -= k;
    if (na == 0) return;
    nb = gallop_left(ssa.k[na - 1], ssb.k, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) merge_lo(ssa, na, ssb, nb);
    else merge_hi(ssa, na, ssb, nb);
  }

  static int powerloop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
    int result = 0;
    int64_t a = 2 * s1 + n1;
    int64_t b = a + n1 + n2;
    for (;;) {
      ++result;
      if (a >= n) { a -= n; b -= n; }
      else if (b >= n) break;
      a <<= 1; b <<= 1;
    }
    return result;
  }

  void found_new_run(int64_t n2) {
    if (pending_.empty()) return;
    int64_t s1 = pending_.back().base.k - base_keys_;
    int64_t n1 = pending_.back().len;
    int power = powerloop(s1, n1, n2, n_);
    while (pending_.size() > 1 && pending_[pending_.size() - 2].power > power)
      merge_at(pending_.size() - 2);
    pending_.back().power = power;
  }

  void force_collapse() {
    while (pending_.size() > 1) {
      size_t n = pending_.size() - 2;
      if (n > 0 && pending_[n - 1].len < pending_[n + 1].len) --n;
      merge_at(n);
    }
  }
};

Task list_sort(VM& vm, CallArgs& a) {
  check_self(vm, a, vm.t_list, "sort");
  if (a.n > 1) vm.type_error("sort() takes no positional arguments");
  Ref self = Ref::borrow(a[0]);
  Ref keyfunc;
  bool reverse = false;
  for (size_t i = 0; i < a.nkw(); ++i) {
    std::string_view name = as_str(a.kwnames->items[i])->view();
    Value v = a.kwvals[i];
    if (name == "key") { if (!v.is_none()) keyfunc = Ref::borrow(v); }
    else if (name == "reverse") reverse = as_c_int(vm, v) != 0;
    else vm.type_error("'" + std::string(name) + "' is an invalid keyword argument for sort()");
  }
  List* l = self.as<List>();

  // The list looks empty while it is being sorted, as in CPython, so key
  // functions and comparisons that mutate it cannot break the sort.
  Vec<Value> saved;
  std::swap(saved, l->items);
  std::vector<Ref> keys;
  std::exception_ptr error;
  try {
    size_t n = saved.size();
    if (!keyfunc.is_null()) {
      keys.reserve(n);
      for (size_t i = 0; i < n; ++i) {
        std::vector<Value> args(1, saved[i]);   // (no braced list across co_await: GCC 12)
        keys.push_back(co_await vm.call(keyfunc.get(), std::move(args)));
      }
    }
    if (n > 1) {
      std::vector<Value> kv;
      if (!keyfunc.is_null()) {
        kv.reserve(n);
        for (auto& k : keys) kv.push_back(k.get());
      }
      timsort_values(vm, keyfunc.is_null() ? nullptr : kv.data(), saved.data(), n, reverse);
    }
  } catch (...) {
    error = std::current_exception();
  }
  bool modified = l->items.capacity() != 0;
  Vec<Value> during;
  std::swap(during, l->items);
  l->items = std::move(saved);
  for (Value v : during) decref(v);
  if (error) std::rethrow_exception(error);
  if (modified) vm.raise(vm.e_value, "list modified during sort");
  co_return Value::none();
}

}  // namespace

// For sorted() and other natives: sorts values[0..n) in place exactly like
// list.sort (CPython's timsort and its reverse handling). `keys` are the sort
// keys (pass null to compare the values themselves); both arrays are permuted
// together. Values are borrowed; nothing is increfed. If a comparison raises,
// the arrays hold a permutation of their input and the exception propagates.
void timsort_values(VM& vm, Value* keys, Value* values, size_t n, bool reverse) {
  if (n < 2) return;
  Value* kp = keys ? keys : values;
  Value* vp = keys ? values : nullptr;
  if (reverse) {
    std::reverse(kp, kp + n);
    if (vp) std::reverse(vp, vp + n);
  }
  try {
    TimSort(vm, kp, vp, int64_t(n)).run();
  } catch (...) {
    if (reverse) std::reverse(values, values + n);
    throw;
  }
  if (reverse) std::reverse(values, values + n);
}

void install_list_methods(VM& vm) {
  add_method(vm, vm.t_list, "append", list_append);
  vm.list_append_method = dict_get(vm, vm.t_list->dict, vm.intern("append"));
  add_method_co(vm, vm.t_list, "extend", list_extend);
  add_method(vm, vm.t_list, "insert", list_insert);
  add_method(vm, vm.t_list, "remove", list_remove);
  add_method(vm, vm.t_list, "pop", list_pop);
  add_method(vm, vm.t_list, "index", list_index);
  add_method(vm, vm.t_list, "count", list_count);
  add_method(vm, vm.t_list, "clear", list_clear);
  add_method(vm, vm.t_list, "copy", list_copy);
  add_method(vm, vm.t_list, "reverse", list_reverse);
  add_method_co(vm, vm.t_list, "sort", list_sort);

  add_method(vm, vm.t_tuple, "index", tuple_index);
  add_method(vm, vm.t_tuple, "count", tuple_count);
}

}  // namespace yl
