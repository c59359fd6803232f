// Construction, destruction and traversal of the object types, and the
// dict / set / list primitives.
#include <algorithm>
#include "objects/collections_ops.h"
#include "vm.h"

namespace yl {

// ---- lifetimes ----
void Type::traverse(Visitor& v) { if (dict) v.visit(Value::obj(dict)); }
void Type::clear() { if (dict) { Dict* d = dict; dict = nullptr; decref(d); } }

Type* g_dict_type = nullptr;

Instance::Instance(Type* t) : Object(t) {
  incref(t);
  attrs = make<Dict>(g_dict_type);
}
Instance::~Instance() { if (attrs) decref(attrs); decref(type); }
void Instance::traverse(Visitor& v) { if (attrs) v.visit(Value::obj(attrs)); v.visit(Value::obj(type)); }
void Instance::clear() { if (attrs) { Dict* d = attrs; attrs = nullptr; decref(d); } }

Tuple::~Tuple() { for (size_t i = 0; i < size; ++i) decref(items[i]); }
void Tuple::traverse(Visitor& v) { for (size_t i = 0; i < size; ++i) v.visit(items[i]); }
void Tuple::clear() { for (size_t i = 0; i < size; ++i) { Value x = items[i]; items[i] = Value::none(); decref(x); } }

List::~List() { for (Value x : items) decref(x); }
void List::traverse(Visitor& v) { for (Value x : items) v.visit(x); }
void List::clear() { Vec<Value> old; old.swap(items); for (Value x : old) decref(x); }

Dict::~Dict() { for (auto& e : entries) { decref(e.key); decref(e.value); } }
void Dict::traverse(Visitor& v) { for (auto& e : entries) { v.visit(e.key); v.visit(e.value); } }
void Dict::clear() { dict_clear(this); }

Set::~Set() { for (auto& s : table) if (s.key.is_obj() || !s.key.is_null()) decref(s.key); }
void Set::traverse(Visitor& v) { for (auto& s : table) v.visit(s.key); }
void Set::clear() { set_clear(this); }

Module::Module(Type* t, std::string n) : Object(t), name(std::move(n)) {}
Module::~Module() { if (dict) decref(dict); }
void Module::traverse(Visitor& v) { if (dict) v.visit(Value::obj(dict)); }
void Module::clear() { if (dict) { Dict* d = dict; dict = nullptr; decref(d); } }

Code::~Code() {
  for (Value v : consts) decref(v);
  for (Value v : names) decref(v);
  for (Value v : varnames) decref(v);
  for (Value v : cellnames) decref(v);
  for (Value v : freenames) decref(v);
}
void Code::traverse(Visitor& v) { for (Value c : consts) v.visit(c); }

Function::~Function() {
  decref(code); decref(globals);
  if (defaults) decref(defaults);
  if (kwdefaults) decref(kwdefaults);
  if (annotations) decref(annotations);
  if (closure) decref(closure);
  decref(name); decref(qualname); decref(module);
  if (attrs) decref(attrs);
}
void Function::traverse(Visitor& v) {
  v.visit(Value::obj(code)); v.visit(Value::obj(globals));
  if (defaults) v.visit(Value::obj(defaults));
  if (kwdefaults) v.visit(Value::obj(kwdefaults));
  if (annotations) v.visit(Value::obj(annotations));
  if (closure) v.visit(Value::obj(closure));
  if (attrs) v.visit(Value::obj(attrs));
}
void Function::clear() {
  if (closure) { Tuple* c = closure; closure = nullptr; decref(c); }
  if (defaults) { Tuple* d = defaults; defaults = nullptr; decref(d); }
  if (attrs) { Dict* d = attrs; attrs = nullptr; decref(d); }
  if (annotations) { Dict* d = annotations; annotations = nullptr; decref(d); }
}

Generator::Generator(Type* t, PyFrame* f, Value n, Value q) : Object(t), frame(f), code(f->code), name(n), qualname(q) {
  incref(code); incref(n); incref(q);
}
Generator::~Generator() {
  if (frame) free_pyframe(frame);
  decref(code); decref(name); decref(qualname); decref(last_yielded);
}
void Generator::traverse(Visitor& v) {
  if (frame) traverse_pyframe(frame, v);
  v.visit(Value::obj(code));
  v.visit(last_yielded);
}
void Generator::clear() {
  if (frame && state != GenState::Running) { PyFrame* f = frame; frame = nullptr; state = GenState::Closed; free_pyframe(f); }
  Value l = last_yielded; last_yielded = Value::null(); decref(l);
}
bool Generator::needs_finalizer() const {
  if (finalized || state != GenState::Suspended || !frame) return false;
  for (uint32_t i = 0; i < frame->nblocks; ++i)
    if (frame->blocks[i].kind != Block::Handler || true) return true;
  return false;
}
size_t Generator::owned_bytes() const {
  if (!frame) return 0;
  const Code* c = frame->code;
  return sizeof(PyFrame) + size_t(c->nlocals() + c->ncells() + c->stacksize) * sizeof(Value) +
         size_t(c->maxblocks) * sizeof(Block);
}

NativeIter::NativeIter(Type* t, Task task, const char* name) : Object(t) {
  frame = new NativeFrame(std::move(task), name);
  frame->iter = this;
}
NativeIter::~NativeIter() { delete frame; }

ExceptionObj::ExceptionObj(Type* t) : Instance(t), args(Value::null()), cause(Value::none()), context(Value::none()) {}
ExceptionObj::~ExceptionObj() {
  decref(args); decref(cause); decref(context);
  for (auto& e : traceback) decref(e.code);
}
void ExceptionObj::traverse(Visitor& v) {
  Instance::traverse(v);
  v.visit(args); v.visit(cause); v.visit(context);
}
void ExceptionObj::clear() {
  Instance::clear();
  Value a = cause, b = context; cause = context = Value::none(); decref(a); decref(b);
}

// ---- dict ----
namespace {
constexpr int32_t kEmpty = -1, kDeleted = -2;

size_t probe_start(int64_t h, size_t mask) { return size_t(uint64_t(h)) & mask; }

bool keys_equal(VM& vm, Value a, int64_t ha, Value b, int64_t hb) {
  if (a == b) return true;
  if (ha != hb) return false;
  if (a.is_obj() && b.is_obj() && a.as_obj()->type == vm.t_str && b.as_obj()->type == vm.t_str)
    return as_str(a)->view() == as_str(b)->view();
  return vm.eq(a, b);
}

// Finds the index slot for `key`: returns the slot position; *entry is the
// entry index or -1 when absent.
size_t dict_lookup(VM& vm, Dict* d, Value key, int64_t h, int32_t* entry) {
  size_t mask = d->index.size() - 1;
  size_t i = probe_start(h, mask);
  uint64_t perturb = uint64_t(h);
  size_t first_deleted = SIZE_MAX;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) { *entry = -1; return first_deleted != SIZE_MAX ? first_deleted : i; }
    if (ix == kDeleted) { if (first_deleted == SIZE_MAX) first_deleted = i; }
    else {
      auto& e = d->entries[size_t(ix)];
      if (keys_equal(vm, e.key, e.hash, key, h)) { *entry = ix; return i; }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

}  // namespace

void dict_rebuild(Dict* d, size_t min_size) {
  // Compact the entries and rebuild the index at a size with room to grow.
  Vec<Dict::Entry> live;
  live.reserve(d->used + 1);
  for (auto& e : d->entries) if (!e.key.is_null()) live.push_back(e);
  d->entries.swap(live);
  d->keys_changed();
  size_t size = 8;
  while (size * 2 < (std::max(min_size, d->used) + 1) * 3) size <<= 1;
  Vec<int32_t>(size, kEmpty).swap(d->index);
  size_t mask = size - 1;
  for (size_t k = 0; k < d->entries.size(); ++k) {
    uint64_t perturb = uint64_t(d->entries[k].hash);
    size_t i = size_t(perturb) & mask;
    while (d->index[i] != kEmpty) { perturb >>= 5; i = (i * 5 + perturb + 1) & mask; }
    d->index[i] = int32_t(k);
  }
}

int32_t dict_find(VM& vm, Dict* d, Value key) {
  if (d->used == 0) return -1;
  int32_t e;
  dict_lookup(vm, d, key, vm.hash(key), &e);
  return e;
}

Value dict_get(VM& vm, Dict* d, Value key) {
  if (d->used == 0) return Value::null();
  int64_t h = vm.hash(key);
  int32_t e;
  dict_lookup(vm, d, key, h, &e);
  return e < 0 ? Value::null() : d->entries[size_t(e)].value;
}

void dict_set(VM& vm, Dict* d, Value key, Value value) {
  int64_t h = vm.hash(key);
  if (d->index.empty()) dict_rebuild(d, 0);
  int32_t e;
  size_t slot = dict_lookup(vm, d, key, h, &e);
  if (e >= 0) {
    incref(value);
    Value old = d->entries[size_t(e)].value;
    d->entries[size_t(e)].value = value;
    decref(old);
    return;
  }
  if ((d->entries.size() + 1) * 3 >= d->index.size() * 2) {
    dict_rebuild(d, d->used + 1);
    slot = dict_lookup(vm, d, key, h, &e);
  }
  incref(key); incref(value);
  d->entries.push_back({h, key, value});
  d->index[slot] = int32_t(d->entries.size() - 1);
  d->used++;
  d->keys_changed();
}

bool dict_del(VM& vm, Dict* d, Value key) {
  if (d->used == 0) return false;
  int64_t h = vm.hash(key);
  int32_t e;
  size_t slot = dict_lookup(vm, d, key, h, &e);
  if (e < 0) return false;
  d->index[slot] = kDeleted;
  auto& en = d->entries[size_t(e)];
  Value k = en.key, v = en.value;
  en.key = Value::null(); en.value = Value::null();
  d->used--;
  d->keys_changed();
  decref(k); decref(v);
  return true;
}

void dict_clear(Dict* d) {
  Vec<Dict::Entry> old; old.swap(d->entries);
  Vec<int32_t>().swap(d->index);
  d->used = 0;
  d->keys_changed();
  for (auto& e : old) { decref(e.key); decref(e.value); }
}

bool dict_next(Dict* d, size_t* pos, Value* key, Value* value) {
  while (*pos < d->entries.size()) {
    auto& e = d->entries[(*pos)++];
    if (!e.key.is_null()) { *key = e.key; *value = e.value; return true; }
  }
  return false;
}

Value dict_get_str(Dict* d, std::string_view key) {
  for (auto& e : d->entries)
    if (!e.key.is_null() && e.key.is_obj() && as_str(e.key)->view() == key) return e.value;
  return Value::null();
}

// ---- set: CPython's layout (linear probes, then perturbation) ----
namespace {
Value dummy() { return Value::from_bits(Value::kBox | Value::kTagSpecial | 7); }
bool slot_live(const Set::Slot& s) { return !s.key.is_null() && s.key != dummy(); }

}  // namespace

// set_add, set_contains and set_discard live in set_methods.cpp, with the
// rest of CPython's table algorithm.

void set_clear(Set* s) {
  Vec<Set::Slot> old; old.swap(s->table);
  s->used = s->fill = 0;
  for (auto& sl : old) if (slot_live(sl)) decref(sl.key);
}

bool set_next(Set* s, size_t* pos, Value* key) {
  while (*pos < s->table.size()) {
    auto& sl = s->table[(*pos)++];
    if (slot_live(sl)) { *key = sl.key; return true; }
  }
  return false;
}

// ---- list / slices ----
void list_append(List* l, Value v) { incref(v); l->items.push_back(v); }

int64_t slice_indices(VM& vm, Slice* s, int64_t len, int64_t* start, int64_t* stop, int64_t* step) {
  auto get = [&](Value v, int64_t dflt) -> int64_t {
    if (v.is_none()) return dflt;
    if (!vm.is_int(v) && vm.lookup_type(vm.type_of(v), vm.intern("__index__")).is_null())
      vm.type_error("slice indices must be integers or None or have an __index__ method");
    if (v.is_obj() && v.as_obj()->type == vm.t_int) {
      auto* b = static_cast<BigIntObj*>(v.as_obj());
      return b->value.is_negative() ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    return vm.index_of(v);
  };
  *step = get(s->step, 1);
  if (*step == 0) vm.raise(vm.e_value, "slice step cannot be zero");
  int64_t lo = *step < 0 ? -1 : 0, hi = *step < 0 ? len - 1 : len;
  auto clamp = [&](Value v, int64_t dflt) {
    if (v.is_none()) return dflt;
    int64_t x = get(v, dflt);
    if (x < 0) { x += len; if (x < lo) x = lo; }
    else if (x > hi) x = hi;
    return x;
  };
  *start = clamp(s->start, *step < 0 ? hi : lo);
  *stop = clamp(s->stop, *step < 0 ? lo : hi);
  return range_length(*start, *stop, *step);
}

Ref list_slice(VM& vm, List* l, int64_t start, int64_t stop, int64_t step) {
  int64_t count = range_length(start, stop, step);
  Ref r = vm.new_list(size_t(count));
  for (int64_t i = 0, j = start; i < count; ++i, j += step) list_append(r.as<List>(), l->items[size_t(j)]);
  return r;
}

void add_method(VM& vm, Type* t, const char* name, NativeFn fn) {
  Ref f = vm.new_native(name, fn, t->name.c_str());
  dict_set(vm, t->dict, vm.intern(name), f.get());
}
void add_method_co(VM& vm, Type* t, const char* name, NativeCo co) {
  Ref f = vm.new_native_co(name, co, t->name.c_str());
  dict_set(vm, t->dict, vm.intern(name), f.get());
}

void check_args(VM& vm, const char* fname, CallArgs& a, size_t min, size_t max) {
  no_kwargs(vm, fname, a);
  if (a.n < min || a.n > max) {
    if (min == max)
      vm.type_error(std::string(fname) + "() takes exactly " + (min == 1 ? "one argument" : std::to_string(min) + " arguments") +
                    " (" + std::to_string(a.n) + " given)");
    if (a.n < min)
      vm.type_error(std::string(fname) + " expected at least " + std::to_string(min) + " argument" + (min == 1 ? "" : "s") + ", got " + std::to_string(a.n));
    vm.type_error(std::string(fname) + " expected at most " + std::to_string(max) + " argument" + (max == 1 ? "" : "s") + ", got " + std::to_string(a.n));
  }
}

void allow_kwargs(VM& vm, const char* owner, CallArgs& a, std::initializer_list<std::string_view> names) {
  for (size_t i = 0; i < a.nkw(); ++i) {
    std::string_view k = as_str(a.kwnames->items[i])->view();
    if (std::find(names.begin(), names.end(), k) == names.end())
      vm.type_error("'" + std::string(k) + "' is an invalid keyword argument for " + owner + "()");
  }
}

void no_kwargs(VM& vm, const char* fname, CallArgs& a) {
  if (a.nkw()) vm.type_error(std::string(fname) + "() takes no keyword arguments");
}

Value CallArgs::kw(std::string_view name) const {
  if (!kwnames) return Value::null();
  for (size_t i = 0; i < kwnames->size; ++i)
    if (as_str(kwnames->items[i])->view() == name) return kwvals[i];
  return Value::null();
}

}  // namespace yl
