// itertools.tee and itertools.groupby: the two whose iterators share state.
//
// tee: the values read from the source are kept in a chain of chunks (57
// values each, as CPython's teedataobject). Every _tee iterator holds the
// chunk it reads and its index there, so a chunk is freed as soon as the
// slowest iterator has left it, and each iterator is independent: the one
// ahead pulls from the source, the others replay what it stored.
//
// groupby: the groupby object owns the source, the current value and key;
// each group (_grouper) reads through it while it is the current group. A
// group becomes empty for good once the groupby moves on, as in CPython.
#include "../objects/collections_ops.h"
#include "c_args.h"
#include "itertools_types.h"

namespace yl {

namespace {


// ---- tee ----
constexpr int kTeeCells = 57;

struct TeeChunk : Object {
  Value source;                 // owned: the iterator all chunks read from
  Value values[kTeeCells];      // owned, the first `count` are filled
  int count = 0;
  bool running = false;         // the source is being read (re-entry is an error)
  TeeChunk* next = nullptr;     // owned, made when this one is full
  TeeChunk(Type* t, Value src) : Object(t), source(src) {
    incref(src);
    for (Value& v : values) v = Value::null();
  }
  ~TeeChunk() override {
    decref(source);
    for (int i = 0; i < count; ++i) decref(values[i]);
    xdecref(next);
  }
  void traverse(Visitor& v) override {
    v.visit(source);
    for (int i = 0; i < count; ++i) v.visit(values[i]);
    if (next) v.visit(Value::obj(next));
  }
  void clear() override {
    set_field(source, Value::none());
    for (int i = 0; i < count; ++i) { Value x = values[i]; values[i] = Value::null(); decref(x); }
    count = 0;
    TeeChunk* n = next; next = nullptr; xdecref(n);
  }
};

struct TeeIter : StateIter {
  TeeChunk* chunk;   // owned; null only once the cycle collector cleared it
  int index;         // the next value to read in `chunk`
  TeeIter(Type* t, TeeChunk* c, int i) : StateIter(t), chunk(c), index(i) { incref(c); }
  ~TeeIter() override { xdecref(chunk); }
  void traverse(Visitor& v) override { if (chunk) v.visit(Value::obj(chunk)); }
  void clear() override { TeeChunk* c = chunk; chunk = nullptr; xdecref(c); }
};

Task tee_run(VM& vm, TeeIter* self) {
  for (;;) {
    if (!self->chunk) co_return Value::null();
    if (self->index == kTeeCells) {
      TeeChunk* c = self->chunk;
      if (!c->next) c->next = make<TeeChunk>(c->type, c->source);
      incref(c->next);
      self->chunk = c->next;
      self->index = 0;
      decref(c);
    }
    TeeChunk* c = self->chunk;
    if (self->index < c->count) {
      Value v = c->values[self->index++];
      incref(v);
      co_yield v;
      continue;
    }
    // This iterator is the one ahead: read the next value for everyone.
    if (c->running) vm.raise(vm.e_runtime, "cannot re-enter the tee iterator");
    Ref keep = Ref::borrow(Value::obj(c));
    c->running = true;
    Ref x;
    try {
      x = co_await vm.next(c->source);
    } catch (...) {
      c->running = false;
      throw;
    }
    c->running = false;
    if (x.is_null()) co_return Value::null();
    c->values[c->count++] = x.get();
    incref(x.get());
    ++self->index;
    co_yield x.release();
  }
}

Ref new_tee(VM& vm, TeeChunk* chunk, int index) {
  return make_state_iter<TeeIter>(vm, itertools_type(vm, "_tee"), tee_run, chunk, index);
}

// A copy reads on from where `t` is, independently of it.
Value tee_copy(VM& vm, CallArgs& a) {
  TeeIter* t = a.n ? dynamic_cast<TeeIter*>(a[0].as_obj()) : nullptr;
  if (!t) vm.type_error("descriptor '__copy__' requires a 'itertools._tee' object");
  return new_tee(vm, t->chunk, t->index).release();
}

// tee(iterable, n=2): n independent iterators. When the iterable's iterator
// is itself a _tee, it is the first of them and the others are its copies.
// The function is bound to the type of the chunks (a[0]), as the module's
// one place that knows it.
Value tee_fn(VM& vm, CallArgs& a) {
  Type* chunk_type = static_cast<Type*>(a[0].as_obj());
  unpack_args(vm, a, 1, "tee", 1, 2, "itertools.tee");
  int64_t n = a.n > 2 ? index_arg(vm, a[2]) : 2;
  if (n < 0) vm.raise(vm.e_value, "n must be >= 0");
  Ref result = vm.new_tuple(size_t(n));
  if (n == 0) return result.release();
  Ref it = vm.get_iter(a[1]);
  Ref first = it;
  if (!dynamic_cast<TeeIter*>(it.get().as_obj())) {
    Ref chunk(make<TeeChunk>(chunk_type, it.get()));
    first = new_tee(vm, chunk.as<TeeChunk>(), 0);
  }
  auto* t = first.as<TeeIter>();
  Tuple* out = result.as<Tuple>();
  for (int64_t i = 1; i < n; ++i) out->items[i] = new_tee(vm, t->chunk, t->index).release();
  out->items[0] = first.release();
  return result.release();
}

// ---- groupby(iterable, key=None) ----
struct GroupBy : StateIter {
  Value source, keyfunc;   // owned; keyfunc None means the identity
  Value tgtkey;            // owned: the key of the current group (null before the first)
  Value currkey, currvalue;  // owned: the last value read and its key (null when taken)
  uint64_t current_group = 0;  // id of the _grouper that may still read, 0: none
  uint64_t groups_made = 0;
  GroupBy(Type* t, Value src, Value key) : StateIter(t), source(src), keyfunc(key) {
    incref(src); incref(key);
    tgtkey = currkey = currvalue = Value::null();
  }
  ~GroupBy() override { decref(source); decref(keyfunc); decref(tgtkey); decref(currkey); decref(currvalue); }
  void traverse(Visitor& v) override {
    for (Value x : {source, keyfunc, tgtkey, currkey, currvalue}) v.visit(x);
  }
  void clear() override {
    for (Value* x : {&source, &keyfunc, &tgtkey, &currkey, &currvalue}) set_field(*x, Value::null());
  }
  // The value just read becomes the current one.
  void set_current(Value value, Value key) { set_field(currvalue, value); set_field(currkey, key); }
};

struct Grouper : StateIter {
  GroupBy* parent;   // owned
  Value tgtkey;      // owned: the key of this group
  uint64_t id;
  Grouper(Type* t, GroupBy* p, Value key, uint64_t i) : StateIter(t), parent(p), tgtkey(key), id(i) {
    incref(p); incref(key);
  }
  ~Grouper() override { xdecref(parent); decref(tgtkey); }
  void traverse(Visitor& v) override { if (parent) v.visit(Value::obj(parent)); v.visit(tgtkey); }
  void clear() override { GroupBy* p = parent; parent = nullptr; xdecref(p); set_field(tgtkey, Value::none()); }
};

Task grouper_run(VM& vm, Grouper* self) {
  for (;;) {
    GroupBy* gb = self->parent;
    if (!gb || gb->current_group != self->id) co_return Value::null();
    if (gb->currvalue.is_null()) {
      Ref keep = Ref::borrow(Value::obj(gb));
      Ref v = co_await vm.next(gb->source);
      if (v.is_null()) co_return Value::null();
      Ref k = v;
      if (!gb->keyfunc.is_none()) k = co_await vm.call(gb->keyfunc, args1(v.get()));
      gb->set_current(v.get(), k.get());
    }
    if (!vm.eq(self->tgtkey, gb->currkey)) co_return Value::null();  // the group ended
    Value r = gb->currvalue;
    gb->currvalue = Value::null();
    set_field(gb->currkey, Value::null());
    co_yield r;
  }
}

Task groupby_run(VM& vm, GroupBy* self) {
  for (;;) {
    // Any group handed out before is over now.
    self->current_group = 0;
    // Skip what is left of the current group.
    for (;;) {
      if (!self->currkey.is_null()) {
        if (self->tgtkey.is_null() || !vm.eq(self->tgtkey, self->currkey)) break;
      }
      Ref v = co_await vm.next(self->source);
      if (v.is_null()) co_return Value::null();
      Ref k = v;
      if (!self->keyfunc.is_none()) k = co_await vm.call(self->keyfunc, args1(v.get()));
      self->set_current(v.get(), k.get());
    }
    set_field(self->tgtkey, self->currkey);
    uint64_t id = ++self->groups_made;
    Ref group = make_state_iter<Grouper>(vm, itertools_type(vm, "_grouper"), grouper_run, self, self->tgtkey, id);
    self->current_group = id;
    Value pair[2] = {self->currkey, group.get()};
    co_yield vm.new_tuple(pair, 2).release();
  }
}

Value groupby_new(VM& vm, CallArgs& a) {
  auto p = clinic_args(vm, a, 1, "groupby", {"iterable", "key"}, 1, 2);
  Ref it = vm.get_iter(p[0]);
  Value key = p[1].is_null() ? Value::none() : p[1];
  return make_state_iter<GroupBy>(vm, static_cast<Type*>(a[0].as_obj()), groupby_run, it.get(), key).release();
}

}  // namespace

void install_itertools_tee_groupby(VM& vm, Value mod) {
  Type* chunk_type = vm.new_builtin_type("_tee_dataobject", Layout::Object, vm.t_object);
  Ref chunk_type_ref(chunk_type);
  dict_set(vm, chunk_type->dict, vm.intern("__module__"), vm.intern("itertools"));
  module_set(vm, mod, "_tee_dataobject", Value::obj(chunk_type));
  Ref tee = vm.new_native("tee", tee_fn);
  tee.as<NativeFunction>()->self = Value::obj(chunk_type);
  incref(chunk_type);
  module_set(vm, mod, "tee", tee.get());
  Type* tee_type = itertools_type(vm, "_tee");
  module_set(vm, mod, "_tee", Value::obj(tee_type));
  add_method(vm, tee_type, "__copy__", tee_copy);
  def_itertools_type(vm, mod, "groupby", groupby_new);
  itertools_type(vm, "_grouper");
}

}  // namespace yl
