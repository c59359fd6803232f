// Methods of dict: keys values items get setdefault pop popitem update copy
// clear fromkeys. Like CPython, operations that already know a key's hash
// (copying, merging one dict into another, fromkeys from a dict or set,
// popitem) reuse it instead of calling __hash__ again, and each method hashes
// its key argument once. The probing below is the one objects.cpp uses
// (CPython's: start at hash & mask, then i = 5*i + perturb + 1).
#include <algorithm>
#include <string>
#include <vector>
#include "objects/collections_ops.h"

namespace yl {
namespace cm {
// Shared helpers, defined in list_methods.cpp.
std::string type_name(VM& vm, Value v);
void check_self(VM& vm, CallArgs& a, Type* t, const char* name);
void no_kw(VM& vm, CallArgs& a, const char* qual);
void args_none(VM& vm, CallArgs& a, Type* t, const char* name);
void args_one(VM& vm, CallArgs& a, Type* t, const char* name);
void args_range(VM& vm, CallArgs& a, Type* t, const char* name, size_t min, size_t max);
[[noreturn]] void raise_key_error(VM& vm, Value key);
bool is_exact(VM& vm, Value v, Type* t);
}  // namespace cm

namespace {

using namespace cm;

// ---------------------------------------------------------------- table access

constexpr int32_t kEmpty = -1, kDeleted = -2;

bool keys_equal(VM& vm, Value a, int64_t ha, Value b, int64_t hb) {
  if (a == b) return true;
  if (ha != hb) return false;
  if (a.is_obj() && b.is_obj() && a.as_obj()->type == vm.t_str && b.as_obj()->type == vm.t_str)
    return as_str(a)->view() == as_str(b)->view();
  Ref keep_a = Ref::borrow(a), keep_b = Ref::borrow(b);
  return vm.eq(a, b);
}

// Looks `key` (hash h) up. Returns the entry index or -1; *slot is the index
// slot holding it, or (when absent) where a new entry would go.
int32_t lookup(VM& vm, Dict* d, Value key, int64_t h, size_t* slot) {
restart:
  if (d->index.empty()) { *slot = SIZE_MAX; return -1; }
  size_t mask = d->index.size() - 1;
  size_t i = size_t(uint64_t(h)) & mask;
  uint64_t perturb = uint64_t(h);
  size_t first_deleted = SIZE_MAX;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) { *slot = first_deleted != SIZE_MAX ? first_deleted : i; return -1; }
    if (ix == kDeleted) {
      if (first_deleted == SIZE_MAX) first_deleted = i;
    } else {
      Dict::Entry e = d->entries[size_t(ix)];
      if (e.key == key) { *slot = i; return ix; }
      if (e.hash == h) {
        size_t isize = d->index.size();
        bool same = keys_equal(vm, e.key, e.hash, key, h);
        // __eq__ may have changed the dict: start over, as CPython does.
        if (d->index.size() != isize || size_t(ix) >= d->entries.size() || d->entries[size_t(ix)].key != e.key)
          goto restart;
        if (same) { *slot = i; return ix; }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// The index slot that points at entry `e` (whose hash is known).
size_t slot_of_entry(Dict* d, int32_t e) {
  size_t mask = d->index.size() - 1;
  uint64_t perturb = uint64_t(d->entries[size_t(e)].hash);
  size_t i = size_t(perturb) & mask;
  while (d->index[i] != e) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}


// Adds a key known to be absent at index slot `slot` (from lookup), growing
// the table first when needed; no key comparisons happen here (CPython's
// insertion after a failed lookup).
void insert_new(Dict* d, Value key, int64_t h, Value value, size_t slot) {
  if (d->index.empty() || (d->entries.size() + 1) * 3 >= d->index.size() * 2) {
    dict_rebuild(d, d->used + 1);
    size_t mask = d->index.size() - 1;
    uint64_t perturb = uint64_t(h);
    slot = size_t(perturb) & mask;
    while (d->index[slot] != kEmpty) { perturb >>= 5; slot = (slot * 5 + perturb + 1) & mask; }
  }
  incref(key); incref(value);
  d->entries.push_back({h, key, value});
  d->index[slot] = int32_t(d->entries.size() - 1);
  d->used++;
  d->keys_changed();
}

// Inserts or replaces key -> value, the key's hash being known.
void set_known(VM& vm, Dict* d, Value key, int64_t h, Value value) {
  size_t slot;
  int32_t e = lookup(vm, d, key, h, &slot);
  if (e >= 0) {
    incref(value);
    Value old = d->entries[size_t(e)].value;
    d->entries[size_t(e)].value = value;
    decref(old);
    return;
  }
  insert_new(d, key, h, value, slot);
}

// Removes entry e found at index slot `slot`; returns its key and value (owned).
void remove_at(Dict* d, size_t slot, int32_t e, Value* key, Value* value) {
  d->index[slot] = kDeleted;
  auto& en = d->entries[size_t(e)];
  *key = en.key; *value = en.value;
  en.key = Value::null(); en.value = Value::null();
  d->used--;
  d->keys_changed();
}

// A new plain dict holding the same items in the same order (no re-hashing).
Ref copy_dict(VM& vm, Dict* src) {
  Ref r = vm.new_dict();
  Dict* d = r.as<Dict>();
  if (src->used == 0) return r;
  d->entries.reserve(src->used);
  for (auto& e : src->entries)
    if (!e.key.is_null()) { incref(e.key); incref(e.value); d->entries.push_back(e); }
  d->used = d->entries.size();
  dict_rebuild(d, 0);
  return r;
}

// dict_merge(a, b, override=1) for a dict `b`: insert b's items with their hashes.
void merge_dict(VM& vm, Dict* a, Dict* b) {
  if (a == b || b->used == 0) return;
  if (a->used == 0 && a->entries.empty()) {
    Ref keep = Ref::borrow(Value::obj(b));
    a->entries.reserve(b->used);
    for (auto& e : b->entries)
      if (!e.key.is_null()) { incref(e.key); incref(e.value); a->entries.push_back(e); }
    a->used = a->entries.size();
    dict_rebuild(a, 0);
    return;
  }
  size_t n = b->entries.size();
  for (size_t i = 0; i < b->entries.size(); ++i) {
    Dict::Entry e = b->entries[i];
    if (e.key.is_null()) continue;
    Ref k = Ref::borrow(e.key), v = Ref::borrow(e.value);
    set_known(vm, a, e.key, e.hash, e.value);
    if (b->entries.size() != n) vm.raise(vm.e_runtime, "dict mutated during update");
  }
}

Dict* self_dict(CallArgs& a) { return as_dict(a[0]); }

// ---------------------------------------------------------------- views

Value make_view(VM& vm, CallArgs& a, Type* view_type, const char* name) {
  args_none(vm, a, vm.t_dict, name);
  return Value::obj(make<DictView>(view_type, a[0]));
}

Value dict_keys(VM& vm, CallArgs& a) { return make_view(vm, a, vm.t_dict_keys, "keys"); }
Value dict_values(VM& vm, CallArgs& a) { return make_view(vm, a, vm.t_dict_values, "values"); }
Value dict_items(VM& vm, CallArgs& a) { return make_view(vm, a, vm.t_dict_items, "items"); }

// ---------------------------------------------------------------- lookups

Value dict_get_m(VM& vm, CallArgs& a) {
  args_range(vm, a, vm.t_dict, "get", 1, 2);
  Dict* d = self_dict(a);
  Value key = a[1];
  int64_t h = vm.hash(key);
  size_t slot;
  int32_t e = lookup(vm, d, key, h, &slot);
  Value v = e >= 0 ? d->entries[size_t(e)].value : (a.n > 2 ? a[2] : Value::none());
  incref(v);
  return v;
}

// ---------------------------------------------------------------- the mapping protocol
// What d[k], d[k] = v, del d[k], `in` and len() do for a dict, as methods, so
// a subclass's own __getitem__ ... can reach them through super().

Value dict_getitem_m(VM& vm, CallArgs& a) {
  args_one(vm, a, vm.t_dict, "__getitem__");
  Value v = dict_get(vm, self_dict(a), a[1]);
  if (!v.is_null()) { incref(v); return v; }
  Type* t = vm.type_of(a[0]);
  Ref missing = t->builtin ? Ref() : vm.lookup_type(t, vm.intern("__missing__"));
  if (!missing.is_null()) return vm.call_sync(missing.get(), {a[0], a[1]}).release();
  raise_key_error(vm, a[1]);
}
Value dict_setitem_m(VM& vm, CallArgs& a) {
  args_range(vm, a, vm.t_dict, "__setitem__", 2, 2);
  dict_set(vm, self_dict(a), a[1], a[2]);
  return Value::none();
}
Value dict_delitem_m(VM& vm, CallArgs& a) {
  args_one(vm, a, vm.t_dict, "__delitem__");
  if (!dict_del(vm, self_dict(a), a[1])) raise_key_error(vm, a[1]);
  return Value::none();
}
Value dict_contains_m(VM& vm, CallArgs& a) {
  args_one(vm, a, vm.t_dict, "__contains__");
  return Value::boolean(!dict_get(vm, self_dict(a), a[1]).is_null());
}
Value dict_len_m(VM& vm, CallArgs& a) {
  args_none(vm, a, vm.t_dict, "__len__");
  return Value::small(int64_t(self_dict(a)->used));
}

Value dict_setdefault(VM& vm, CallArgs& a) {
  args_range(vm, a, vm.t_dict, "setdefault", 1, 2);
  Dict* d = self_dict(a);
  Value key = a[1];
  Value dflt = a.n > 2 ? a[2] : Value::none();
  int64_t h = vm.hash(key);
  size_t slot;
  int32_t e = lookup(vm, d, key, h, &slot);
  if (e >= 0) { Value v = d->entries[size_t(e)].value; incref(v); return v; }
  insert_new(d, key, h, dflt, slot);
  incref(dflt);
  return dflt;
}

Value dict_pop(VM& vm, CallArgs& a) {
  args_range(vm, a, vm.t_dict, "pop", 1, 2);
  Dict* d = self_dict(a);
  Value key = a[1];
  bool has_default = a.n > 2;
  if (d->used == 0) {   // CPython answers before hashing the key
    if (has_default) { incref(a[2]); return a[2]; }
    raise_key_error(vm, key);
  }
  int64_t h = vm.hash(key);
  size_t slot;
  int32_t e = lookup(vm, d, key, h, &slot);
  if (e < 0) {
    if (has_default) { incref(a[2]); return a[2]; }
    raise_key_error(vm, key);
  }
  Value k, v;
  remove_at(d, slot, e, &k, &v);
  decref(k);
  return v;
}

Value dict_popitem(VM& vm, CallArgs& a) {
  args_none(vm, a, vm.t_dict, "popitem");
  Dict* d = self_dict(a);
  if (d->used == 0) raise_key_error(vm, vm.str("popitem(): dictionary is empty").get());
  int64_t i = int64_t(d->entries.size()) - 1;
  while (i >= 0 && d->entries[size_t(i)].key.is_null()) --i;
  Ref t = vm.new_tuple(2);
  size_t slot = slot_of_entry(d, int32_t(i));
  Value k, v;
  remove_at(d, slot, int32_t(i), &k, &v);
  d->entries.resize(size_t(i));   // like CPython's dk_nentries = i
  Tuple* tp = t.as<Tuple>();
  tp->items[0] = k;
  *(tp->items + 1) = v;
  return t.release();
}

Value dict_copy(VM& vm, CallArgs& a) {
  args_none(vm, a, vm.t_dict, "copy");
  return copy_dict(vm, self_dict(a)).release();
}

Value dict_clear_m(VM& vm, CallArgs& a) {
  args_none(vm, a, vm.t_dict, "clear");
  dict_clear(self_dict(a));
  return Value::none();
}

// ---------------------------------------------------------------- update

// Whether `v` iterates like a plain dict (PyDict_Check and the dict's own __iter__).
bool dict_like(VM& vm, Value v) {
  if (!v.is_obj() || !vm.isinstance(v, vm.t_dict)) return false;
  Type* t = vm.type_of(v);
  if (t == vm.t_dict) return true;
  Ref it = vm.lookup_type(t, vm.intern("__iter__"));
  return it.is_null() || !(it.get().is_obj() && it.get().as_obj()->type == vm.t_function);
}

// The class's __getitem__ / __setitem__ when it is Python code (so it can run
// through the frame stack), else null.
Ref python_slot(VM& vm, Value obj, const char* name) {
  Ref m = vm.lookup_type(vm.type_of(obj), vm.intern(name));
  if (!m.is_null() && m.get().is_obj() && m.get().as_obj()->type == vm.t_function) return m;
  return Ref();
}

}  // namespace

// The body of dict.update: `arg` (may be null) then the keyword pairs.
// `via_setitem` stores through self[k] = v, as MutableMapping.update does.
Task dict_update_from(VM& vm, Ref self, Ref arg, std::vector<std::pair<Ref, Ref>> kw, bool via_setitem) {
  Dict* d = self.as<Dict>();
  auto store = [&](Value k, Value v) {
    if (via_setitem) vm.setitem(self.get(), k, v);
    else dict_set(vm, d, k, v);
  };
  if (!arg.is_null()) {
    // dict_update_arg(self, arg): a dict, a mapping with keys(), or pairs.
    Value av = arg.get();
    if (dict_like(vm, av) && via_setitem) {
      std::vector<std::pair<Ref, Ref>> items;
      size_t pos = 0;
      Value k, v;
      while (dict_next(as_dict(av), &pos, &k, &v)) items.emplace_back(Ref::borrow(k), Ref::borrow(v));
      for (auto& [ik, iv] : items) store(ik.get(), iv.get());
    } else if (dict_like(vm, av)) {
      merge_dict(vm, d, as_dict(av));
    } else if (Ref keys_m = vm.getattr_opt(av, vm.intern("keys")); !keys_m.is_null()) {
      // PyDict_Merge with a generic mapping: list(b.keys()), then b[k] for each.
      Ref keys_obj = co_await vm.call(keys_m.get(), std::vector<Value>());
      std::vector<Ref> keys;
      if (is_exact(vm, keys_obj.get(), vm.t_list)) {
        for (Value k : as_list(keys_obj.get())->items) keys.push_back(Ref::borrow(k));
      } else {
        Ref it = vm.get_iter(keys_obj.get());
        for (;;) {
          Ref k = co_await vm.next(it.get());
          if (k.is_null()) break;
          keys.push_back(std::move(k));
        }
      }
      Ref getitem = python_slot(vm, av, "__getitem__");
      for (auto& k : keys) {
        Ref v;
        if (!getitem.is_null()) {
          std::vector<Value> args{av, k.get()};
          v = co_await vm.call(getitem.get(), std::move(args));
        } else {
          v = vm.getitem(av, k.get());
        }
        store(k.get(), v.get());
      }
    } else {
      // PyDict_MergeFromSeq2: an iterable of 2-item sequences.
      Ref it = vm.get_iter(av);
      for (int64_t i = 0;; ++i) {
        Ref item = co_await vm.next(it.get());
        if (item.is_null()) break;
        std::vector<Ref> pair;
        Value iv = item.get();
        if (vm.isinstance(iv, vm.t_list)) {
          for (Value x : as_list(iv)->items) pair.push_back(Ref::borrow(x));
        } else if (vm.isinstance(iv, vm.t_tuple)) {
          Tuple* t = as_tuple(iv);
          for (size_t j = 0; j < t->size; ++j) pair.push_back(Ref::borrow(t->items[j]));
        } else {
          bool type_err = false;
          try {
            Ref sub = vm.get_iter(iv);
            for (;;) {
              Ref x = co_await vm.next(sub.get());
              if (x.is_null()) break;
              pair.push_back(std::move(x));
            }
          } catch (PyException& e) {
            if (!vm.isinstance(e.exc, vm.e_type)) throw;
            type_err = true;
          }
          if (type_err)
            vm.type_error("cannot convert dictionary update sequence element #" + std::to_string(i) +
                          " to a sequence");
        }
        if (pair.size() != 2)
          vm.raise(vm.e_value, "dictionary update sequence element #" + std::to_string(i) + " has length " +
                                   std::to_string(pair.size()) + "; 2 is required");
        store(pair[0].get(), pair[1].get());
      }
    }
  }
  for (auto& [k, v] : kw) store(k.get(), v.get());
  co_return Value::none();
}

namespace {

// dict.update(...) and dict.__init__(...) (`what` names the caller in errors).
Task update_from_args(VM& vm, CallArgs& a, const char* what) {
  check_self(vm, a, vm.t_dict, what);
  if (a.n > 2) vm.type_error(std::string(what) + " expected at most 1 argument, got " + std::to_string(a.n - 1));
  std::vector<std::pair<Ref, Ref>> kw;
  for (size_t i = 0; i < a.nkw(); ++i)
    kw.emplace_back(Ref::borrow(a.kwnames->items[i]), Ref::borrow(a.kwvals[i]));
  return dict_update_from(vm, Ref::borrow(a[0]), a.n > 1 ? Ref::borrow(a[1]) : Ref(), std::move(kw), false);
}

Task dict_update(VM& vm, CallArgs& a) { return update_from_args(vm, a, "update"); }
// Fills a dict subclass's instance after dict.__new__ made it empty.
Task dict_init(VM& vm, CallArgs& a) { return update_from_args(vm, a, "dict"); }

// ---------------------------------------------------------------- fromkeys

Task dict_fromkeys(VM& vm, CallArgs& a) {
  // A classmethod: args[0] is the class.
  if (a.n == 0 || !vm.isinstance(a[0], vm.t_type)) vm.type_error("descriptor 'fromkeys' needs a type");
  no_kw(vm, a, "dict.fromkeys");
  size_t n = a.n - 1;
  if (n < 1) vm.type_error("fromkeys expected at least 1 argument, got " + std::to_string(n));
  if (n > 2) vm.type_error("fromkeys expected at most 2 arguments, got " + std::to_string(n));
  Ref cls = Ref::borrow(a[0]);
  Ref iterable = Ref::borrow(a[1]);
  Ref value = Ref::borrow(n > 1 ? a[2] : Value::none());

  Ref d;
  if (cls.get() == Value::obj(vm.t_dict)) d = vm.new_dict();
  else d = co_await vm.call(cls.get(), std::vector<Value>());
  Value iv = iterable.get();
  bool plain = is_exact(vm, d.get(), vm.t_dict);
  if (plain && is_exact(vm, iv, vm.t_dict)) {
    Dict* src = as_dict(iv);
    for (size_t i = 0; i < src->entries.size(); ++i) {
      Dict::Entry e = src->entries[i];
      if (!e.key.is_null()) set_known(vm, d.as<Dict>(), e.key, e.hash, value.get());
    }
    co_return d.release();
  }
  if (plain && (is_exact(vm, iv, vm.t_set) || is_exact(vm, iv, vm.t_frozenset))) {
    Set* s = as_set(iv);
    Value k;
    for (size_t pos = 0; set_next(s, &pos, &k);) {
      Set::Slot sl = s->table[pos - 1];
      set_known(vm, d.as<Dict>(), sl.key, sl.hash, value.get());
    }
    co_return d.release();
  }
  Ref it = vm.get_iter(iv);
  Ref setitem = plain ? Ref() : python_slot(vm, d.get(), "__setitem__");
  for (;;) {
    Ref k = co_await vm.next(it.get());
    if (k.is_null()) break;
    if (plain) dict_set(vm, d.as<Dict>(), k.get(), value.get());
    else if (!setitem.is_null()) {
      std::vector<Value> args{d.get(), k.get(), value.get()};
      co_await vm.call(setitem.get(), std::move(args));
    } else vm.setitem(d.get(), k.get(), value.get());
  }
  co_return d.release();
}

}  // namespace

void install_dict_methods(VM& vm) {
  add_method(vm, vm.t_dict, "keys", dict_keys);
  add_method(vm, vm.t_dict, "values", dict_values);
  add_method(vm, vm.t_dict, "items", dict_items);
  add_method(vm, vm.t_dict, "get", dict_get_m);
  add_method(vm, vm.t_dict, "setdefault", dict_setdefault);
  add_method(vm, vm.t_dict, "pop", dict_pop);
  add_method(vm, vm.t_dict, "popitem", dict_popitem);
  add_method(vm, vm.t_dict, "copy", dict_copy);
  add_method(vm, vm.t_dict, "clear", dict_clear_m);
  add_method_co(vm, vm.t_dict, "update", dict_update);
  add_method_co(vm, vm.t_dict, "__init__", dict_init);
  add_method(vm, vm.t_dict, "__getitem__", dict_getitem_m);
  add_method(vm, vm.t_dict, "__setitem__", dict_setitem_m);
  add_method(vm, vm.t_dict, "__delitem__", dict_delitem_m);
  add_method(vm, vm.t_dict, "__contains__", dict_contains_m);
  add_method(vm, vm.t_dict, "__len__", dict_len_m);

  // fromkeys is a classmethod: dict.fromkeys(it) and {}.fromkeys(it) both get the class.
  Ref f = vm.new_native_co("fromkeys", dict_fromkeys, "dict");
  Ref cm(make<Wrapper>(vm.t_classmethod, f.get()));
  dict_set(vm, vm.t_dict->dict, vm.intern("fromkeys"), cm.get());
}

}  // namespace yl

namespace yl {
namespace cm {
// For set_methods.cpp: membership with a known hash (no __hash__ call).
bool dict_contains_hash(VM& vm, Dict* d, Value key, int64_t h) {
  size_t slot;
  return lookup(vm, d, key, h, &slot) >= 0;
}
}  // namespace cm
}  // namespace yl
