// The itertools module: the infinite iterators (count, cycle, repeat), the
// ones that slice or filter (islice, takewhile, dropwhile, filterfalse,
// compress), and chain, accumulate, zip_longest, starmap and pairwise.
// The combinatoric iterators live in itertools_combinatoric.cpp, tee and
// groupby in itertools_tee_groupby.cpp. Each iterator does what CPython's
// C code does step by step (how many items islice consumes, when an
// argument is turned into an iterator), since programs can observe it.
#include "../objects/collections_ops.h"
#include "c_args.h"
#include "itertools_types.h"

namespace yl {

namespace {

Task no_task() { co_return Value::null(); }

}  // namespace

// ---- shared machinery (declared in itertools_types.h) ----

StateIter::StateIter(Type* t) : NativeIter(t, no_task(), t->name.c_str()) {}

void attach_task(NativeIter* it, Task t) {
  it->frame->task = std::move(t);
  it->frame->task.h.promise().frame = it->frame;
}

Type* itertools_type(VM& vm, const char* name) {
  Type* t = vm.native_iter_type(name);
  dict_set(vm, t->dict, vm.intern("__module__"), vm.intern("itertools"));
  return t;
}

Type* def_itertools_type(VM& vm, Value mod, const char* name, NativeFn ctor) {
  Type* t = itertools_type(vm, name);
  add_method(vm, t, "__new__", ctor);
  module_set(vm, mod, name, Value::obj(t));
  return t;
}

Type* def_itertools_type_co(VM& vm, Value mod, const char* name, NativeCo ctor) {
  Type* t = itertools_type(vm, name);
  add_method_co(vm, t, "__new__", ctor);
  module_set(vm, mod, name, Value::obj(t));
  return t;
}

namespace {

Type* cls_of(CallArgs& a) { return static_cast<Type*>(a[0].as_obj()); }

template <class T> T* self_as(VM& vm, CallArgs& a, const char* type_name) {
  T* it = a.n && a[0].is_obj() ? dynamic_cast<T*>(a[0].as_obj()) : nullptr;
  if (!it) vm.type_error(std::string("descriptor requires a 'itertools.") + type_name + "' object");
  return it;
}

Ref tuple_from(VM& vm, std::vector<Ref>& items) {
  Ref t = vm.new_tuple(items.size());
  for (size_t i = 0; i < items.size(); ++i) t.as<Tuple>()->items[i] = items[i].release();
  return t;
}

// ---- count(start=0, step=1) ----
struct CountIter : StateIter {
  Value cur, step;  // owned: the next value, and what is added each time
  CountIter(Type* t, Value c, Value s) : StateIter(t), cur(c), step(s) { incref(c); incref(s); }
  ~CountIter() override { decref(cur); decref(step); }
  void traverse(Visitor& v) override { v.visit(cur); v.visit(step); }
  void clear() override { set_field(cur, Value::none()); set_field(step, Value::none()); }
};

// PyNumber_Check: what count() accepts as start and step.
bool is_number(VM& vm, Value v) {
  if (v.is_float() || vm.is_int(v)) return true;
  Type* t = vm.type_of(v);
  for (const char* m : {"__index__", "__int__", "__float__"})
    if (!vm.lookup_type(t, vm.intern(m)).is_null()) return true;
  return false;
}

Task count_run(VM& vm, CountIter* self) {
  for (;;) {
    // Repeated addition, as CPython does past the machine-int fast path, so
    // a float count accumulates the same rounding.
    Ref next = vm.binary(self->cur, self->step, B_ADD);
    Value r = self->cur;
    self->cur = next.release();
    co_yield r;
  }
}

Value count_new(VM& vm, CallArgs& a) {
  auto p = clinic_args(vm, a, 1, "count", {"start", "step"}, 0, 2);
  Value start = p[0].is_null() ? Value::small(0) : p[0];
  Value step = p[1].is_null() ? Value::small(1) : p[1];
  if (!is_number(vm, start) || !is_number(vm, step)) vm.type_error("a number is required");
  return make_state_iter<CountIter>(vm, cls_of(a), count_run, start, step).release();
}

Value count_repr(VM& vm, CallArgs& a) {
  auto* c = self_as<CountIter>(vm, a, "count");
  std::string s = "count(" + vm.repr_s(c->cur);
  // An int step of 1 is left out; 1.0 is shown.
  if (!(vm.is_int(c->step) && vm.eq(c->step, Value::small(1)))) s += ", " + vm.repr_s(c->step);
  return vm.str(s + ")").release();
}

// ---- cycle(iterable) ----
Task cycle_run(VM& vm, Ref it) {
  Ref saved = vm.new_list();  // the first pass, replayed forever after
  for (;;) {
    Ref x = co_await vm.next(it.get());
    if (x.is_null()) break;
    list_append(saved.as<List>(), x.get());
    co_yield x.release();
  }
  it = Ref();
  List* l = saved.as<List>();
  if (l->items.empty()) co_return Value::null();
  for (size_t i = 0;; i = (i + 1) % l->items.size()) {
    incref(l->items[i]);
    co_yield l->items[i];
  }
}

Value cycle_new(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 1, "cycle", 1, 1);
  return vm.make_native_iter(cycle_run(vm, vm.get_iter(a[1])), "cycle").release();
}

// ---- repeat(object[, times]) ----
struct RepeatIter : StateIter {
  Value element;       // owned
  int64_t remaining;   // -1: forever
  RepeatIter(Type* t, Value e, int64_t n) : StateIter(t), element(e), remaining(n) { incref(e); }
  ~RepeatIter() override { decref(element); }
  void traverse(Visitor& v) override { v.visit(element); }
  void clear() override { set_field(element, Value::none()); }
};

Task repeat_run(VM&, RepeatIter* self) {
  for (;;) {
    if (self->remaining == 0) co_return Value::null();
    if (self->remaining > 0) --self->remaining;
    incref(self->element);
    co_yield self->element;
  }
}

Value repeat_new(VM& vm, CallArgs& a) {
  auto p = clinic_args(vm, a, 1, "repeat", {"object", "times"}, 1, 2);
  int64_t n = p[1].is_null() ? -1 : std::max<int64_t>(0, index_arg(vm, p[1]));
  return make_state_iter<RepeatIter>(vm, cls_of(a), repeat_run, p[0], n).release();
}

Value repeat_repr(VM& vm, CallArgs& a) {
  auto* r = self_as<RepeatIter>(vm, a, "repeat");
  std::string s = "repeat(" + vm.repr_s(r->element);
  if (r->remaining >= 0) s += ", " + std::to_string(r->remaining);
  return vm.str(s + ")").release();
}

// ---- islice(iterable, stop) / islice(iterable, start, stop[, step]) ----
// PyNumber_AsSsize_t with its error cleared, as islice() does: -1 for
// anything that is not an index-sized integer.
int64_t islice_arg(VM& vm, Value v) {
  if (!vm.is_int(v) && vm.lookup_type(vm.type_of(v), vm.intern("__index__")).is_null()) return -1;
  try { return vm.index_of(v); } catch (PyException&) { return -1; }
}

Task islice_run(VM& vm, Ref it, int64_t next, int64_t stop, int64_t step) {
  int64_t cnt = 0;  // items consumed from `it`
  for (;;) {
    while (cnt < next) {
      Ref skipped = co_await vm.next(it.get());
      if (skipped.is_null()) co_return Value::null();
      ++cnt;
    }
    if (stop != -1 && cnt >= stop) co_return Value::null();
    Ref x = co_await vm.next(it.get());
    if (x.is_null()) co_return Value::null();
    ++cnt;
    // The next index to return, never past stop: items after the last one
    // returned are not consumed.
    int64_t old = next;
    next += step;
    if (next < old || (stop != -1 && next > stop)) next = stop;
    co_yield x.release();
  }
}

Value islice_new(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 1, "islice", 2, 4);
  size_t n = a.n - 1;
  const char* stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  int64_t start = 0, stop = -1, step = 1;
  Value stop_v = n == 2 ? a[2] : a[3];
  if (n > 2 && !a[2].is_none()) start = islice_arg(vm, a[2]);
  if (!stop_v.is_none()) {
    stop = islice_arg(vm, stop_v);
    if (stop == -1) vm.raise(vm.e_value, stop_msg);
  }
  if (start < 0 || stop < -1)
    vm.raise(vm.e_value, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (n == 4 && !a[4].is_none()) step = islice_arg(vm, a[4]);
  if (step < 1) vm.raise(vm.e_value, "Step for islice() must be a positive integer or None.");
  return vm.make_native_iter(islice_run(vm, vm.get_iter(a[1]), start, stop, step), "islice").release();
}

// ---- takewhile, dropwhile, filterfalse (predicate, iterable) ----
Task takewhile_run(VM& vm, Ref pred, Ref it) {
  for (;;) {
    Ref x = co_await vm.next(it.get());
    if (x.is_null()) co_return Value::null();
    Ref ok = co_await vm.call(pred.get(), args1(x.get()));
    if (!vm.truthy(ok.get())) co_return Value::null();
    co_yield x.release();
  }
}

Task dropwhile_run(VM& vm, Ref pred, Ref it) {
  for (;;) {
    Ref x = co_await vm.next(it.get());
    if (x.is_null()) co_return Value::null();
    Ref ok = co_await vm.call(pred.get(), args1(x.get()));
    if (!vm.truthy(ok.get())) { co_yield x.release(); break; }
  }
  for (;;) {
    Ref x = co_await vm.next(it.get());
    if (x.is_null()) co_return Value::null();
    co_yield x.release();
  }
}

Task filterfalse_run(VM& vm, Ref pred, Ref it) {
  bool plain_truth = pred.get().is_none() || pred.get() == Value::obj(vm.t_bool);
  for (;;) {
    Ref x = co_await vm.next(it.get());
    if (x.is_null()) co_return Value::null();
    bool keep;
    if (plain_truth) keep = !vm.truthy(x.get());
    else { Ref r = co_await vm.call(pred.get(), args1(x.get())); keep = !vm.truthy(r.get()); }
    if (keep) co_yield x.release();
  }
}

template <Task (*Run)(VM&, Ref, Ref)>
Value predicate_iter_new(VM& vm, CallArgs& a, const char* name) {
  unpack_args(vm, a, 1, name, 2, 2);
  return vm.make_native_iter(Run(vm, Ref::borrow(a[1]), vm.get_iter(a[2])), name).release();
}
Value takewhile_new(VM& vm, CallArgs& a) { return predicate_iter_new<takewhile_run>(vm, a, "takewhile"); }
Value dropwhile_new(VM& vm, CallArgs& a) { return predicate_iter_new<dropwhile_run>(vm, a, "dropwhile"); }
Value filterfalse_new(VM& vm, CallArgs& a) { return predicate_iter_new<filterfalse_run>(vm, a, "filterfalse"); }

// ---- compress(data, selectors) ----
Task compress_run(VM& vm, Ref data, Ref selectors) {
  for (;;) {
    Ref x = co_await vm.next(data.get());
    if (x.is_null()) co_return Value::null();
    Ref s = co_await vm.next(selectors.get());
    if (s.is_null()) co_return Value::null();
    if (vm.truthy(s.get())) co_yield x.release();
  }
}

Value compress_new(VM& vm, CallArgs& a) {
  auto p = clinic_args(vm, a, 1, "compress", {"data", "selectors"}, 2, 2);
  Ref data = vm.get_iter(p[0]);
  Ref selectors = vm.get_iter(p[1]);
  return vm.make_native_iter(compress_run(vm, std::move(data), std::move(selectors)), "compress").release();
}

// ---- chain(*iterables), chain.from_iterable(iterable) ----
// `sources` yields the iterables; each becomes an iterator only when reached.
Task chain_run(VM& vm, Ref sources) {
  for (;;) {
    Ref src = co_await vm.next(sources.get());
    if (src.is_null()) co_return Value::null();
    Ref it = vm.get_iter(src.get());
    for (;;) {
      Ref x = co_await vm.next(it.get());
      if (x.is_null()) break;
      co_yield x.release();
    }
  }
}

Value chain_new(VM& vm, CallArgs& a) {
  no_kwargs(vm, "chain", a);
  Ref sources = vm.get_iter(vm.new_tuple(a.args + 1, a.n - 1).get());
  return vm.make_native_iter(chain_run(vm, std::move(sources)), "chain").release();
}

Value chain_from_iterable(VM& vm, CallArgs& a) {
  if (a.n != 2)
    vm.type_error("chain.from_iterable() takes exactly one argument (" + std::to_string(a.n - 1) + " given)");
  return vm.make_native_iter(chain_run(vm, vm.get_iter(a[1])), "chain").release();
}

// ---- accumulate(iterable[, func], *, initial=None) ----
Task accumulate_run(VM& vm, Ref it, Ref func, Ref initial) {
  Ref total;
  if (!initial.is_null()) {
    total = initial;
    co_yield Ref(total).release();
  }
  for (;;) {
    Ref x = co_await vm.next(it.get());
    if (x.is_null()) co_return Value::null();
    if (total.is_null()) total = std::move(x);
    else if (func.is_null()) total = vm.binary(total.get(), x.get(), B_ADD);
    else total = co_await vm.call(func.get(), args2(total.get(), x.get()));
    co_yield Ref(total).release();
  }
}

Value accumulate_new(VM& vm, CallArgs& a) {
  auto p = clinic_args(vm, a, 1, "accumulate", {"iterable", "func", "initial"}, 1, 2);
  auto opt = [](Value v) { return v.is_null() || v.is_none() ? Ref() : Ref::borrow(v); };
  Ref it = vm.get_iter(p[0]);
  return vm.make_native_iter(accumulate_run(vm, std::move(it), opt(p[1]), opt(p[2])), "accumulate").release();
}

// ---- zip_longest(*iterables, fillvalue=None) ----
Task zip_longest_run(VM& vm, std::vector<Ref> its, Ref fill) {
  size_t active = its.size();
  if (active == 0) co_return Value::null();
  for (;;) {
    std::vector<Ref> row;
    for (size_t i = 0; i < its.size(); ++i) {
      if (its[i].is_null()) { row.push_back(fill); continue; }
      Ref x = co_await vm.next(its[i].get());
      if (x.is_null()) {
        // An exhausted input is never asked again; the last one ends it all.
        if (--active == 0) co_return Value::null();
        its[i] = Ref();
        row.push_back(fill);
        continue;
      }
      row.push_back(std::move(x));
    }
    co_yield tuple_from(vm, row).release();
  }
}

Value zip_longest_new(VM& vm, CallArgs& a) {
  Value fill = Value::none();
  if (a.nkw()) {
    fill = a.nkw() == 1 ? a.kw("fillvalue") : Value::null();
    if (fill.is_null()) vm.type_error("zip_longest() got an unexpected keyword argument");
  }
  std::vector<Ref> its;
  for (size_t i = 1; i < a.n; ++i) its.push_back(vm.get_iter(a[i]));
  return vm.make_native_iter(zip_longest_run(vm, std::move(its), Ref::borrow(fill)), "zip_longest").release();
}

// ---- starmap(function, iterable) ----
Task starmap_run(VM& vm, Ref f, Ref it) {
  for (;;) {
    Ref x = co_await vm.next(it.get());
    if (x.is_null()) co_return Value::null();
    // Any iterable of arguments; tuple() consumes it through the frame stack.
    Ref args;
    if (vm.type_of(x.get()) == vm.t_tuple) args = std::move(x);
    else args = co_await vm.call(Value::obj(vm.t_tuple), args1(x.get()));
    Tuple* t = args.as<Tuple>();
    Ref r = co_await vm.call(f.get(), std::vector<Value>(t->items, t->items + t->size));
    co_yield r.release();
  }
}

Value starmap_new(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 1, "starmap", 2, 2);
  return vm.make_native_iter(starmap_run(vm, Ref::borrow(a[1]), vm.get_iter(a[2])), "starmap").release();
}

// ---- pairwise(iterable) ----
Task pairwise_run(VM& vm, Ref it) {
  Ref old = co_await vm.next(it.get());
  if (old.is_null()) co_return Value::null();
  for (;;) {
    Ref cur = co_await vm.next(it.get());
    if (cur.is_null()) co_return Value::null();
    Value pair[2] = {old.get(), cur.get()};
    Ref t = vm.new_tuple(pair, 2);
    old = std::move(cur);
    co_yield t.release();
  }
}

Value pairwise_new(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 1, "pairwise", 1, 1);
  return vm.make_native_iter(pairwise_run(vm, vm.get_iter(a[1])), "pairwise").release();
}

}  // namespace

Ref make_itertools(VM& vm) {
  Ref mod = new_module(vm, "itertools");
  Value m = mod.get();
  add_method(vm, def_itertools_type(vm, m, "count", count_new), "__repr__", count_repr);
  def_itertools_type(vm, m, "cycle", cycle_new);
  add_method(vm, def_itertools_type(vm, m, "repeat", repeat_new), "__repr__", repeat_repr);
  def_itertools_type(vm, m, "islice", islice_new);
  def_itertools_type(vm, m, "takewhile", takewhile_new);
  def_itertools_type(vm, m, "dropwhile", dropwhile_new);
  def_itertools_type(vm, m, "filterfalse", filterfalse_new);
  def_itertools_type(vm, m, "compress", compress_new);
  Type* chain = def_itertools_type(vm, m, "chain", chain_new);
  Ref from_iterable = vm.new_native("from_iterable", chain_from_iterable, "chain");
  Ref as_classmethod(make<Wrapper>(vm.t_classmethod, from_iterable.get()));
  dict_set(vm, chain->dict, vm.intern("from_iterable"), as_classmethod.get());
  def_itertools_type(vm, m, "accumulate", accumulate_new);
  def_itertools_type(vm, m, "zip_longest", zip_longest_new);
  def_itertools_type(vm, m, "starmap", starmap_new);
  def_itertools_type(vm, m, "pairwise", pairwise_new);
  install_itertools_combinatoric(vm, m);
  install_itertools_tee_groupby(vm, m);
  return mod;
}

}  // namespace yl
