// Methods of set and frozenset. The algorithms are CPython 3.11's
// (Objects/setobject.c), including how they touch the hash table: which
// operand is iterated, when the table is resized, when entries are copied
// slot by slot, where a freed (dummy) slot is reused, and where pop() starts.
// That is what makes `print(a | b)`, `set(s)` or `s.pop()` come out in
// CPython's order, and why no method calls __hash__ on a key whose hash the
// table already stores.
//
// The table layout: Set::table of {hash, key}; empty slots have a null key;
// deleted ones hold the dummy key (hash -1). set_add/set_contains/set_discard,
// which the rest of the VM uses, are defined here on the same algorithm.
#include <algorithm>
#include <string>
#include <vector>
#include "objects/collections_ops.h"

namespace yl {
namespace cm {
// Shared helpers, defined in list_methods.cpp / dict_methods.cpp.
std::string type_name(VM& vm, Value v);
void check_self(VM& vm, CallArgs& a, Type* t, const char* name);
void no_kw(VM& vm, CallArgs& a, const char* qual);
void args_none(VM& vm, CallArgs& a, Type* t, const char* name);
void args_one(VM& vm, CallArgs& a, Type* t, const char* name);
[[noreturn]] void raise_key_error(VM& vm, Value key);
bool is_exact(VM& vm, Value v, Type* t);
bool dict_contains_hash(VM& vm, Dict* d, Value key, int64_t h);
}  // namespace cm

namespace {

using namespace cm;
constexpr size_t npos = SIZE_MAX;
constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;

const Value g_dummy = Value::from_bits(Value::kBox | Value::kTagSpecial | 7);

// CPython probes 9 neighbouring slots, but only when they all fit before the
// end of the table; otherwise it jumps straight to the next perturbed index.
size_t linear_extra(size_t i, size_t mask) { return i + kLinearProbes <= mask ? kLinearProbes : 0; }

bool live(const Set::Slot& s) { return !s.key.is_null() && s.key != g_dummy; }
size_t mask_of(Set* s) { return s->table.empty() ? kMinSize - 1 : s->table.size() - 1; }
void ensure_table(Set* s) {
  if (s->table.empty()) s->table.assign(kMinSize, Set::Slot{0, Value::null()});
}


bool is_anyset(VM& vm, Value v) {
  return v.is_obj() && (vm.isinstance(v, vm.t_set) || vm.isinstance(v, vm.t_frozenset));
}
bool is_frozen(VM& vm, Value v) { return !vm.isinstance(v, vm.t_set); }
bool exact_str(VM& vm, Value v) { return v.is_obj() && v.as_obj()->type == vm.t_str; }

// A new empty set of the base type of `like` (set for set subclasses, else frozenset).
Ref new_like(VM& vm, Value like) { return vm.new_set(is_frozen(vm, like)); }

// ---------------------------------------------------------------- the table

// The slot holding `key` (hash h), or npos.
size_t lookkey(VM& vm, Set* s, Value key, int64_t h) {
restart:
  if (s->table.empty()) return npos;
  size_t mask = s->table.size() - 1;
  size_t i = size_t(uint64_t(h)) & mask;
  uint64_t perturb = uint64_t(h);
  for (;;) {
    size_t extra = linear_extra(i, mask);
    for (size_t j = 0; j <= extra; ++j) {
      size_t at = i + j;
      Set::Slot sl = s->table[at];
      if (sl.key.is_null()) return npos;
      if (sl.key == g_dummy || sl.hash != h) continue;
      if (sl.key == key) return at;
      if (exact_str(vm, sl.key) && exact_str(vm, key)) {
        if (as_str(sl.key)->view() == as_str(key)->view()) return at;
        continue;
      }
      const Set::Slot* table = s->table.data();
      Ref keep_a = Ref::borrow(sl.key), keep_b = Ref::borrow(key);
      bool eq = vm.eq(sl.key, key);
      if (s->table.data() != table || s->table[at].key != sl.key) goto restart;
      if (eq) return at;
      mask = s->table.size() - 1;
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

bool contains_entry(VM& vm, Set* s, Value key, int64_t h) { return lookkey(vm, s, key, h) != npos; }

// Places a key known to be absent into a table without dummies.
void insert_clean(Vec<Set::Slot>& table, size_t mask, Value key, int64_t h) {
  size_t i = size_t(uint64_t(h)) & mask;
  uint64_t perturb = uint64_t(h);
  for (;;) {
    size_t extra = linear_extra(i, mask);
    for (size_t j = 0; j <= extra; ++j)
      if (table[i + j].key.is_null()) { table[i + j] = {h, key}; return; }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void table_resize(Set* s, size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  if (newsize == kMinSize && s->table.size() == kMinSize && s->fill == s->used) return;
  Vec<Set::Slot> old;
  old.swap(s->table);
  s->table.assign(newsize, Set::Slot{0, Value::null()});
  for (auto& sl : old)
    if (live(sl)) insert_clean(s->table, newsize - 1, sl.key, sl.hash);
  s->fill = s->used;
}

// set_add_entry: adds key (hash h) unless an equal key is there.
void add_entry(VM& vm, Set* s, Value key, int64_t h) {
  Ref keep = Ref::borrow(key);
restart:
  ensure_table(s);
  size_t mask = s->table.size() - 1;
  size_t i = size_t(uint64_t(h)) & mask;
  uint64_t perturb = uint64_t(h);
  size_t freeslot = npos;
  size_t unused = npos;
  while (unused == npos) {
    size_t extra = linear_extra(i, mask);
    for (size_t j = 0; j <= extra; ++j) {
      size_t at = i + j;
      Set::Slot sl = s->table[at];
      if (sl.key.is_null()) { unused = at; break; }
      if (sl.key == g_dummy) { freeslot = at; continue; }
      if (sl.hash != h) continue;
      if (sl.key == key) return;
      if (exact_str(vm, sl.key) && exact_str(vm, key)) {
        if (as_str(sl.key)->view() == as_str(key)->view()) return;
        continue;
      }
      const Set::Slot* table = s->table.data();
      Ref keep_a = Ref::borrow(sl.key);
      bool eq = vm.eq(sl.key, key);
      if (eq) return;
      if (s->table.data() != table || s->table[at].key != sl.key) goto restart;
      mask = s->table.size() - 1;
    }
    if (unused != npos) break;
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
  incref(key);
  if (freeslot != npos) {
    s->table[freeslot] = {h, key};
    s->used++;
    return;
  }
  s->table[unused] = {h, key};
  s->fill++;
  s->used++;
  if (s->fill * 5 < mask * 3) return;
  table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

void add_key(VM& vm, Set* s, Value key) { add_entry(vm, s, key, vm.hash(key)); }

// set_discard_entry: true when the key was there.
bool discard_entry(VM& vm, Set* s, Value key, int64_t h) {
  size_t at = lookkey(vm, s, key, h);
  if (at == npos) return false;
  Value old = s->table[at].key;
  s->table[at] = {-1, g_dummy};
  s->used--;
  decref(old);
  return true;
}

// The live slots of a set, snapshotted (keys borrowed from `keep`).
struct Entries {
  Ref keep;
  std::vector<Set::Slot> slots;
};
Entries entries_of(Value set) {
  Entries e;
  e.keep = Ref::borrow(set);
  Set* s = as_set(set);
  e.slots.reserve(s->used);
  for (auto& sl : s->table) if (live(sl)) e.slots.push_back(sl);
  for (auto& sl : e.slots) incref(sl.key);
  return e;
}
void release(Entries& e) { for (auto& sl : e.slots) decref(sl.key); e.slots.clear(); }
struct EntriesGuard {
  Entries e;
  explicit EntriesGuard(Value set) : e(entries_of(set)) {}
  ~EntriesGuard() { release(e); }
};

// set_merge(so, other): other is a set or frozenset.
void merge(VM& vm, Set* so, Set* other) {
  if (other == so || other->used == 0) return;
  ensure_table(so);
  if ((so->fill + other->used) * 5 >= mask_of(so) * 3) table_resize(so, (so->used + other->used) * 2);
  if (so->fill == 0 && mask_of(so) == mask_of(other) && other->fill == other->used) {
    for (size_t i = 0; i < other->table.size(); ++i) {
      Value k = other->table[i].key;
      if (!k.is_null()) { incref(k); so->table[i] = other->table[i]; }
    }
    so->fill = other->fill;
    so->used = other->used;
    return;
  }
  if (so->fill == 0) {
    size_t mask = mask_of(so);
    for (auto& sl : other->table)
      if (live(sl)) { incref(sl.key); insert_clean(so->table, mask, sl.key, sl.hash); }
    so->fill = so->used = other->used;
    return;
  }
  EntriesGuard g(Value::obj(other));
  for (auto& sl : g.e.slots) add_entry(vm, so, sl.key, sl.hash);
}

// The dict branch of set_update_internal.
void update_from_dict(VM& vm, Set* so, Dict* d) {
  size_t n = d->used;
  ensure_table(so);
  if ((so->fill + n) * 5 >= mask_of(so) * 3) table_resize(so, (so->used + n) * 2);
  Ref keep = Ref::borrow(Value::obj(d));
  for (size_t i = 0; i < d->entries.size(); ++i) {
    Dict::Entry e = d->entries[i];
    if (!e.key.is_null()) add_entry(vm, so, e.key, e.hash);
  }
}

// set_update_internal for the operands that need no iteration protocol.
bool update_sync(VM& vm, Set* so, Value other) {
  if (is_anyset(vm, other)) { merge(vm, so, as_set(other)); return true; }
  if (is_exact(vm, other, vm.t_dict)) { update_from_dict(vm, so, as_dict(other)); return true; }
  return false;
}

Ref copy_of(VM& vm, Value so) {
  Ref r = new_like(vm, so);
  merge(vm, r.as<Set>(), as_set(so));
  return r;
}

void clear_set(Set* s) { set_clear(s); }

// set_swap_bodies: a takes b's contents and b takes a's.
void swap_bodies(Set* a, Set* b) {
  a->table.swap(b->table);
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
}

// set_intersection with a set or frozenset operand.
Ref intersection_sets(VM& vm, Value so, Value other) {
  if (so == other) return copy_of(vm, so);
  Ref result = new_like(vm, so);
  Value big = so, small = other;
  if (as_set(other)->used > as_set(so)->used) std::swap(big, small);
  Ref keep = Ref::borrow(big);
  EntriesGuard g(small);
  for (auto& sl : g.e.slots)
    if (contains_entry(vm, as_set(big), sl.key, sl.hash)) add_entry(vm, result.as<Set>(), sl.key, sl.hash);
  return result;
}

// The trailing resize of set_difference_update_internal.
void purge_dummies(Set* so) {
  if (so->fill - so->used <= mask_of(so) / 4) return;
  table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

// set_difference_update_internal with a set or frozenset operand.
void difference_update_set(VM& vm, Set* so, Value other) {
  if (Value::obj(so) == other) { clear_set(so); return; }
  Ref o = Ref::borrow(other);
  if ((as_set(other)->used >> 3) > so->used) o = intersection_sets(vm, Value::obj(so), other);
  EntriesGuard g(o.get());
  for (auto& sl : g.e.slots) discard_entry(vm, so, sl.key, sl.hash);
  purge_dummies(so);
}

// set_difference when `other` is a set, frozenset or exact dict; null Ref
// when CPython would copy and then iterate `other` instead.
Ref difference_sync(VM& vm, Value so, Value other) {
  bool anyset = is_anyset(vm, other);
  size_t other_size = anyset ? as_set(other)->used : as_dict(other)->used;
  Set* s = as_set(so);
  if ((s->used >> 2) > other_size) {
    Ref r = copy_of(vm, so);
    if (anyset) difference_update_set(vm, r.as<Set>(), other);
    else {
      // set_difference_update_internal iterates the dict's keys, hashing each.
      Ref keep = Ref::borrow(other);
      std::vector<Ref> keys;
      Dict* d = as_dict(other);
      for (auto& e : d->entries) if (!e.key.is_null()) keys.push_back(Ref::borrow(e.key));
      for (auto& k : keys) discard_entry(vm, r.as<Set>(), k.get(), vm.hash(k.get()));
      purge_dummies(r.as<Set>());
    }
    return r;
  }
  Ref result = new_like(vm, so);
  Ref keep = Ref::borrow(other);
  EntriesGuard g(so);
  for (auto& sl : g.e.slots) {
    bool in_other = anyset ? contains_entry(vm, as_set(other), sl.key, sl.hash)
                           : dict_contains_hash(vm, as_dict(other), sl.key, sl.hash);
    if (!in_other) add_entry(vm, result.as<Set>(), sl.key, sl.hash);
  }
  return result;
}

// set_symmetric_difference_update with a set, frozenset or exact dict.
void symdiff_update_sync(VM& vm, Set* so, Value other) {
  if (Value::obj(so) == other) { clear_set(so); return; }
  std::vector<std::pair<Ref, int64_t>> items;
  Ref keep = Ref::borrow(other);
  if (is_exact(vm, other, vm.t_dict)) {
    for (auto& e : as_dict(other)->entries)
      if (!e.key.is_null()) items.emplace_back(Ref::borrow(e.key), e.hash);
  } else {
    for (auto& sl : as_set(other)->table)
      if (live(sl)) items.emplace_back(Ref::borrow(sl.key), sl.hash);
  }
  for (auto& [k, h] : items)
    if (!discard_entry(vm, so, k.get(), h)) add_entry(vm, so, k.get(), h);
}

bool issubset_sets(VM& vm, Value so, Value other) {
  if (as_set(so)->used > as_set(other)->used) return false;
  Ref keep = Ref::borrow(other);
  EntriesGuard g(so);
  for (auto& sl : g.e.slots)
    if (!contains_entry(vm, as_set(other), sl.key, sl.hash)) return false;
  return true;
}

// remove/discard/__contains__ retry an unhashable set key as a frozenset.
template <class F> auto with_frozen_retry(VM& vm, Value key, F f) -> decltype(f(key)) {
  try {
    return f(key);
  } catch (PyException& e) {
    if (!(key.is_obj() && vm.isinstance(key, vm.t_set) && vm.isinstance(e.exc, vm.e_type))) throw;
  }
  Ref tmp = vm.new_set(true);
  merge(vm, tmp.as<Set>(), as_set(key));
  return f(tmp.get());
}

// ---------------------------------------------------------------- methods

Set* self_set(CallArgs& a) { return as_set(a[0]); }

Value set_add_m(VM& vm, CallArgs& a) {
  args_one(vm, a, vm.t_set, "add");
  add_key(vm, self_set(a), a[1]);
  return Value::none();
}

Value set_remove_m(VM& vm, CallArgs& a) {
  args_one(vm, a, vm.t_set, "remove");
  Set* s = self_set(a);
  bool found = with_frozen_retry(vm, a[1], [&](Value k) { return discard_entry(vm, s, k, vm.hash(k)); });
  if (!found) raise_key_error(vm, a[1]);
  return Value::none();
}

Value set_discard_m(VM& vm, CallArgs& a) {
  args_one(vm, a, vm.t_set, "discard");
  Set* s = self_set(a);
  with_frozen_retry(vm, a[1], [&](Value k) { return discard_entry(vm, s, k, vm.hash(k)); });
  return Value::none();
}

Value set_pop_m(VM& vm, CallArgs& a) {
  args_none(vm, a, vm.t_set, "pop");
  Set* s = self_set(a);
  if (s->used == 0) raise_key_error(vm, vm.str("pop from an empty set").get());
  size_t mask = s->table.size() - 1;
  size_t i = s->finger & mask;
  while (!live(s->table[i])) i = i == mask ? 0 : i + 1;
  Value key = s->table[i].key;
  s->table[i] = {-1, g_dummy};
  s->used--;
  s->finger = i + 1;
  return key;   // the table's reference becomes the caller's
}

Value set_clear_m(VM& vm, CallArgs& a) {
  args_none(vm, a, vm.t_set, "clear");
  clear_set(self_set(a));
  return Value::none();
}

Value set_copy_m(VM& vm, CallArgs& a) {
  args_none(vm, a, vm.t_set, "copy");
  return copy_of(vm, a[0]).release();
}

Value frozenset_copy_m(VM& vm, CallArgs& a) {
  args_none(vm, a, vm.t_frozenset, "copy");
  if (is_exact(vm, a[0], vm.t_frozenset)) { incref(a[0]); return a[0]; }
  return copy_of(vm, a[0]).release();
}

// Copies the positional arguments after self (the others), owned.
std::vector<Ref> others_of(CallArgs& a) {
  std::vector<Ref> v;
  for (size_t i = 1; i < a.n; ++i) v.push_back(Ref::borrow(a[i]));
  return v;
}

// `for key in other: body` written out in each coroutine (a Task cannot await a Task).
#define YL_FOR_EACH_ITEM(key, iterable)            \
  Ref key##_it = vm.get_iter(iterable);            \
  for (Ref key; !(key = co_await vm.next(key##_it.get())).is_null();)

Task set_update_co(VM& vm, CallArgs& a) {
  check_self(vm, a, vm.t_set, "update");
  no_kw(vm, a, "set.update");
  Ref self = Ref::borrow(a[0]);
  std::vector<Ref> others = others_of(a);
  Set* so = self.as<Set>();
  for (auto& o : others) {
    if (update_sync(vm, so, o.get())) continue;
    YL_FOR_EACH_ITEM(key, o.get()) add_key(vm, so, key.get());
  }
  co_return Value::none();
}

Task union_co(VM& vm, CallArgs& a, Type* t) {
  check_self(vm, a, t, "union");
  no_kw(vm, a, (t->name + ".union").c_str());
  Ref self = Ref::borrow(a[0]);
  std::vector<Ref> others = others_of(a);
  Ref result = copy_of(vm, self.get());
  Set* r = result.as<Set>();
  for (auto& o : others) {
    if (o.get() == self.get()) continue;
    if (update_sync(vm, r, o.get())) continue;
    YL_FOR_EACH_ITEM(key, o.get()) add_key(vm, r, key.get());
  }
  co_return result.release();
}
Task set_union_co(VM& vm, CallArgs& a) { return union_co(vm, a, vm.t_set); }
Task frozenset_union_co(VM& vm, CallArgs& a) { return union_co(vm, a, vm.t_frozenset); }

// set_intersection_multi; `update` swaps the result into self.
Task intersection_co(VM& vm, CallArgs& a, Type* t, bool update) {
  const char* name = update ? "intersection_update" : "intersection";
  check_self(vm, a, t, name);
  no_kw(vm, a, (t->name + "." + name).c_str());
  Ref self = Ref::borrow(a[0]);
  std::vector<Ref> others = others_of(a);
  Ref result;
  if (others.empty()) {
    result = copy_of(vm, self.get());
  } else {
    result = self;
    for (auto& o : others) {
      Value so = result.get(), other = o.get();
      if (is_anyset(vm, other)) { result = intersection_sets(vm, so, other); continue; }
      Ref next = new_like(vm, so);
      Set* r = next.as<Set>();
      Set* s = as_set(so);
      YL_FOR_EACH_ITEM(key, other) {
        int64_t h = vm.hash(key.get());
        if (contains_entry(vm, s, key.get(), h)) {
          add_entry(vm, r, key.get(), h);
          if (r->used >= s->used) break;
        }
      }
      result = next;
    }
  }
  if (update) {
    swap_bodies(self.as<Set>(), result.as<Set>());
    co_return Value::none();
  }
  co_return result.release();
}
Task set_intersection_co(VM& vm, CallArgs& a) { return intersection_co(vm, a, vm.t_set, false); }
Task frozenset_intersection_co(VM& vm, CallArgs& a) { return intersection_co(vm, a, vm.t_frozenset, false); }
Task set_intersection_update_co(VM& vm, CallArgs& a) { return intersection_co(vm, a, vm.t_set, true); }

// set_difference_multi / set_difference_update.
Task difference_co(VM& vm, CallArgs& a, Type* t, bool update) {
  const char* name = update ? "difference_update" : "difference";
  check_self(vm, a, t, name);
  no_kw(vm, a, (t->name + "." + name).c_str());
  Ref self = Ref::borrow(a[0]);
  std::vector<Ref> others = others_of(a);
  Ref result;
  size_t first = 0;
  if (update) {
    result = self;
  } else if (others.empty()) {
    co_return copy_of(vm, self.get()).release();
  } else {
    Value other = others[0].get();
    first = 1;
    if (is_anyset(vm, other) || is_exact(vm, other, vm.t_dict)) {
      result = difference_sync(vm, self.get(), other);
    } else {
      result = copy_of(vm, self.get());
      Set* r = result.as<Set>();
      YL_FOR_EACH_ITEM(key, other) discard_entry(vm, r, key.get(), vm.hash(key.get()));
      purge_dummies(r);
    }
  }
  Set* r = result.as<Set>();
  for (size_t i = first; i < others.size(); ++i) {
    Value other = others[i].get();
    if (other == result.get()) { clear_set(r); continue; }
    if (is_anyset(vm, other)) { difference_update_set(vm, r, other); continue; }
    YL_FOR_EACH_ITEM(key, other) discard_entry(vm, r, key.get(), vm.hash(key.get()));
    purge_dummies(r);
  }
  if (update) co_return Value::none();
  co_return result.release();
}
Task set_difference_co(VM& vm, CallArgs& a) { return difference_co(vm, a, vm.t_set, false); }
Task frozenset_difference_co(VM& vm, CallArgs& a) { return difference_co(vm, a, vm.t_frozenset, false); }
Task set_difference_update_co(VM& vm, CallArgs& a) { return difference_co(vm, a, vm.t_set, true); }

// set_symmetric_difference(_update): a single operand.
Task symdiff_co(VM& vm, CallArgs& a, Type* t, bool update) {
  const char* name = update ? "symmetric_difference_update" : "symmetric_difference";
  args_one(vm, a, t, name);
  Ref self = Ref::borrow(a[0]);
  Ref other = Ref::borrow(a[1]);
  if (update) {
    Set* so = self.as<Set>();
    if (is_anyset(vm, other.get()) || is_exact(vm, other.get(), vm.t_dict)) {
      symdiff_update_sync(vm, so, other.get());
      co_return Value::none();
    }
    Ref otherset = new_like(vm, self.get());
    YL_FOR_EACH_ITEM(key, other.get()) add_key(vm, otherset.as<Set>(), key.get());
    symdiff_update_sync(vm, so, otherset.get());
    co_return Value::none();
  }
  // otherset = set(other) of self's base type; then otherset ^= self.
  Ref otherset = new_like(vm, self.get());
  if (!update_sync(vm, otherset.as<Set>(), other.get())) {
    YL_FOR_EACH_ITEM(key, other.get()) add_key(vm, otherset.as<Set>(), key.get());
  }
  symdiff_update_sync(vm, otherset.as<Set>(), self.get());
  co_return otherset.release();
}
Task set_symdiff_co(VM& vm, CallArgs& a) { return symdiff_co(vm, a, vm.t_set, false); }
Task frozenset_symdiff_co(VM& vm, CallArgs& a) { return symdiff_co(vm, a, vm.t_frozenset, false); }
Task set_symdiff_update_co(VM& vm, CallArgs& a) { return symdiff_co(vm, a, vm.t_set, true); }

Task issubset_co(VM& vm, CallArgs& a, Type* t) {
  args_one(vm, a, t, "issubset");
  Ref self = Ref::borrow(a[0]);
  Ref other = Ref::borrow(a[1]);
  if (is_anyset(vm, other.get())) co_return Value::boolean(issubset_sets(vm, self.get(), other.get()));
  Ref tmp = vm.new_set(false);
  if (!update_sync(vm, tmp.as<Set>(), other.get())) {
    YL_FOR_EACH_ITEM(key, other.get()) add_key(vm, tmp.as<Set>(), key.get());
  }
  co_return Value::boolean(issubset_sets(vm, self.get(), tmp.get()));
}
Task set_issubset_co(VM& vm, CallArgs& a) { return issubset_co(vm, a, vm.t_set); }
Task frozenset_issubset_co(VM& vm, CallArgs& a) { return issubset_co(vm, a, vm.t_frozenset); }

Task issuperset_co(VM& vm, CallArgs& a, Type* t) {
  args_one(vm, a, t, "issuperset");
  Ref self = Ref::borrow(a[0]);
  Ref other = Ref::borrow(a[1]);
  if (is_anyset(vm, other.get())) co_return Value::boolean(issubset_sets(vm, other.get(), self.get()));
  Set* so = self.as<Set>();
  YL_FOR_EACH_ITEM(key, other.get()) {
    if (!contains_entry(vm, so, key.get(), vm.hash(key.get()))) co_return Value::boolean(false);
  }
  co_return Value::boolean(true);
}
Task set_issuperset_co(VM& vm, CallArgs& a) { return issuperset_co(vm, a, vm.t_set); }
Task frozenset_issuperset_co(VM& vm, CallArgs& a) { return issuperset_co(vm, a, vm.t_frozenset); }

Task isdisjoint_co(VM& vm, CallArgs& a, Type* t) {
  args_one(vm, a, t, "isdisjoint");
  Ref self = Ref::borrow(a[0]);
  Ref other = Ref::borrow(a[1]);
  Value so = self.get(), ov = other.get();
  if (so == ov) co_return Value::boolean(as_set(so)->used == 0);
  if (is_exact(vm, ov, vm.t_set) || is_exact(vm, ov, vm.t_frozenset)) {
    Value big = so, small = ov;
    if (as_set(ov)->used > as_set(so)->used) std::swap(big, small);
    EntriesGuard g(small);
    for (auto& sl : g.e.slots)
      if (contains_entry(vm, as_set(big), sl.key, sl.hash)) co_return Value::boolean(false);
    co_return Value::boolean(true);
  }
  Set* s = as_set(so);
  YL_FOR_EACH_ITEM(key, ov) {
    if (contains_entry(vm, s, key.get(), vm.hash(key.get()))) co_return Value::boolean(false);
  }
  co_return Value::boolean(true);
}
Task set_isdisjoint_co(VM& vm, CallArgs& a) { return isdisjoint_co(vm, a, vm.t_set); }
Task frozenset_isdisjoint_co(VM& vm, CallArgs& a) { return isdisjoint_co(vm, a, vm.t_frozenset); }

#undef YL_FOR_EACH_ITEM

}  // namespace

// ---------------------------------------------------------------- for the VM

// CPython's algorithms for the set operators, for two set/frozenset operands
// (the result's type follows `a`): op is '|', '&', '-' or '^'.
Ref set_binary_op(VM& vm, Value a, Value b, char op) {
  switch (op) {
    case '|': { Ref r = copy_of(vm, a); if (a != b) merge(vm, r.as<Set>(), as_set(b)); return r; }
    case '&': return intersection_sets(vm, a, b);
    case '-': return difference_sync(vm, a, b);
    default: {
      // set_symmetric_difference: a set (of a's base type) made from b, then ^= a.
      Ref r = new_like(vm, a);
      merge(vm, r.as<Set>(), as_set(b));
      symdiff_update_sync(vm, r.as<Set>(), a);
      return r;
    }
  }
}
// a |= b, a &= b, a -= b, a ^= b with both operands sets (a mutable).
void set_inplace_op(VM& vm, Value a, Value b, char op) {
  Set* s = as_set(a);
  switch (op) {
    case '|': merge(vm, s, as_set(b)); break;
    case '&': { Ref r = intersection_sets(vm, a, b); swap_bodies(s, r.as<Set>()); break; }
    case '-': difference_update_set(vm, s, b); break;
    default: symdiff_update_sync(vm, s, b); break;
  }
}
// a <= b for two set/frozenset operands (CPython's set_issubset).
bool set_is_subset(VM& vm, Value a, Value b) { return issubset_sets(vm, a, b); }
// set(x)/frozenset(x) fill step for a set, frozenset or exact dict source
// (slot copies, no __hash__ calls); false when x must be iterated instead.
bool set_fill_from(VM& vm, Set* s, Value x) { return update_sync(vm, s, x); }

bool set_add(VM& vm, Set* s, Value key) {
  size_t before = s->used;
  add_key(vm, s, key);
  return s->used != before;
}
bool set_contains(VM& vm, Set* s, Value key) { return s->used && contains_entry(vm, s, key, vm.hash(key)); }
bool set_discard(VM& vm, Set* s, Value key) { return s->used && discard_entry(vm, s, key, vm.hash(key)); }

void install_set_methods(VM& vm) {
  Type* st = vm.t_set;
  Type* ft = vm.t_frozenset;
  add_method(vm, st, "add", set_add_m);
  add_method(vm, st, "remove", set_remove_m);
  add_method(vm, st, "discard", set_discard_m);
  add_method(vm, st, "pop", set_pop_m);
  add_method(vm, st, "clear", set_clear_m);
  add_method(vm, st, "copy", set_copy_m);
  add_method_co(vm, st, "update", set_update_co);
  add_method_co(vm, st, "union", set_union_co);
  add_method_co(vm, st, "intersection", set_intersection_co);
  add_method_co(vm, st, "intersection_update", set_intersection_update_co);
  add_method_co(vm, st, "difference", set_difference_co);
  add_method_co(vm, st, "difference_update", set_difference_update_co);
  add_method_co(vm, st, "symmetric_difference", set_symdiff_co);
  add_method_co(vm, st, "symmetric_difference_update", set_symdiff_update_co);
  add_method_co(vm, st, "issubset", set_issubset_co);
  add_method_co(vm, st, "issuperset", set_issuperset_co);
  add_method_co(vm, st, "isdisjoint", set_isdisjoint_co);

  add_method(vm, ft, "copy", frozenset_copy_m);
  add_method_co(vm, ft, "union", frozenset_union_co);
  add_method_co(vm, ft, "intersection", frozenset_intersection_co);
  add_method_co(vm, ft, "difference", frozenset_difference_co);
  add_method_co(vm, ft, "symmetric_difference", frozenset_symdiff_co);
  add_method_co(vm, ft, "issubset", frozenset_issubset_co);
  add_method_co(vm, ft, "issuperset", frozenset_issuperset_co);
  add_method_co(vm, ft, "isdisjoint", frozenset_isdisjoint_co);
}

}  // namespace yl
