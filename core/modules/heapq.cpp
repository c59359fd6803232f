// The heapq module: a binary min-heap kept in a plain list. The sift steps
// are the ones CPython's heapq uses (heappop moves the hole down to a leaf,
// then bubbles the last item up), so a program that prints its heap list
// sees the same order as under CPython. nlargest/nsmallest give what the
// documentation promises them equal to, sorted(...)[:n]; merge is lazy.
#include "../objects/collections_ops.h"
#include "c_args.h"
#include "module.h"
#include "params.h"

namespace yl {

namespace {

List* heap_arg(VM& vm, Value v, const char* what) {
  if (!v.is_obj() || !vm.isinstance(v, vm.t_list))
    vm.type_error(std::string(what) + " must be list, not " + vm.type_of(v)->name);
  return as_list(v);
}

// A comparison runs Python code, which may change the list under us.
bool heap_less(VM& vm, List* l, Value a, Value b, size_t size) {
  Ref ka = Ref::borrow(a), kb = Ref::borrow(b);
  bool r = vm.less(ka.get(), kb.get());
  if (l->items.size() != size) vm.raise(vm.e_runtime, "list changed size during iteration");
  return r;
}

// Moves items[pos] up towards `start` while it is smaller than its parent.
void sift_down(VM& vm, List* l, size_t start, size_t pos) {
  size_t size = l->items.size();
  while (pos > start) {
    size_t parent = (pos - 1) >> 1;
    if (!heap_less(vm, l, l->items[pos], l->items[parent], size)) break;
    std::swap(l->items[pos], l->items[parent]);
    pos = parent;
  }
}

// Moves the hole at `pos` down to a leaf along the smaller children, then
// lets the item that was there settle back up.
void sift_up(VM& vm, List* l, size_t pos) {
  size_t size = l->items.size(), start = pos;
  for (size_t child = 2 * pos + 1; child < size; child = 2 * pos + 1) {
    size_t right = child + 1;
    if (right < size && !heap_less(vm, l, l->items[child], l->items[right], size)) child = right;
    std::swap(l->items[pos], l->items[child]);
    pos = child;
  }
  sift_down(vm, l, start, pos);
}

// Puts `item` (borrowed) at the root, sifts it, and returns the old root.
Value replace_root(VM& vm, List* l, Value item) {
  Value old = l->items[0];
  incref(item);
  l->items[0] = item;
  sift_up(vm, l, 0);
  return old;
}

Value heappush_fn(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 0, "heappush", 2, 2, "_heapq.heappush");
  List* l = heap_arg(vm, a[0], "heappush() argument 1");
  list_append(l, a[1]);
  sift_down(vm, l, 0, l->items.size() - 1);
  return Value::none();
}

void one_arg(VM& vm, CallArgs& a, const char* qualname) {
  if (a.nkw()) vm.type_error(std::string(qualname) + "() takes no keyword arguments");
  if (a.n != 1) vm.type_error(std::string(qualname) + "() takes exactly one argument (" + std::to_string(a.n) + " given)");
}

Value heappop_fn(VM& vm, CallArgs& a) {
  one_arg(vm, a, "_heapq.heappop");
  List* l = heap_arg(vm, a[0], "heappop() argument");
  if (l->items.empty()) vm.raise(vm.e_index, "index out of range");
  Value last = l->items.back();
  l->items.pop_back();
  if (l->items.empty()) return last;
  Ref keep = Ref::steal(last);
  return replace_root(vm, l, last);
}

Value heapify_fn(VM& vm, CallArgs& a) {
  one_arg(vm, a, "_heapq.heapify");
  List* l = heap_arg(vm, a[0], "heapify() argument");
  for (size_t i = l->items.size() / 2; i-- > 0;) sift_up(vm, l, i);
  return Value::none();
}

Value heapreplace_fn(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 0, "heapreplace", 2, 2, "_heapq.heapreplace");
  List* l = heap_arg(vm, a[0], "heapreplace() argument 1");
  if (l->items.empty()) vm.raise(vm.e_index, "index out of range");
  return replace_root(vm, l, a[1]);
}

// Push then pop, without pushing at all when the item would come straight back.
Value heappushpop_fn(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 0, "heappushpop", 2, 2, "_heapq.heappushpop");
  List* l = heap_arg(vm, a[0], "heappushpop() argument 1");
  if (l->items.empty() || !heap_less(vm, l, l->items[0], a[1], l->items.size())) return Ref::borrow(a[1]).release();
  return replace_root(vm, l, a[1]);
}

// nlargest / nsmallest(n, iterable, key=None): as the docs define them,
// sorted(iterable, key=key, reverse=largest)[:n], so the builtin sorted
// (stable, the key called once per item in order) does the work.
Task n_best(VM& vm, CallArgs& a, const char* name, bool largest) {
  auto p = bind_params(vm, a, {name, {"n", "iterable", "key"}, 2, 3});
  int64_t n = index_arg(vm, p[0]);
  if (n <= 0) co_return vm.new_list().release();
  std::vector<Value> names{vm.intern("key"), vm.intern("reverse")};
  Ref kwnames = vm.new_tuple(names.data(), names.size());
  Value sorted_fn = dict_get(vm, vm.builtins, vm.intern("sorted"));
  Value key = p[2].is_null() ? Value::none() : p[2];
  std::vector<Value> args{p[1], key, Value::boolean(largest)};
  Ref out = co_await vm.call_kw(sorted_fn, std::move(args), kwnames.as<Tuple>());
  auto& items = out.as<List>()->items;
  while (items.size() > size_t(n)) { decref(items.back()); items.pop_back(); }
  co_return out.release();
}
Task nlargest_fn(VM& vm, CallArgs& a) { return n_best(vm, a, "nlargest", true); }
Task nsmallest_fn(VM& vm, CallArgs& a) { return n_best(vm, a, "nsmallest", false); }

// merge(*iterables, key=None, reverse=False): takes one item from each
// input first, then repeatedly yields the smallest head (the earliest input
// on ties) and refills from the input it came from.
struct Head { Ref it, value, key; };

Task merge_run(VM& vm, std::vector<Ref> sources, Ref key, bool reverse) {
  std::vector<Head> heads;
  for (Ref& s : sources) heads.push_back(Head{std::move(s), Ref(), Ref()});
  size_t from = 0, to = heads.size();  // the heads to refill: all at first, then the one just used
  for (;;) {
    for (size_t i = from; i < to; ++i) {
      heads[i].value = co_await vm.next(heads[i].it.get());
      if (heads[i].value.is_null() || key.is_null()) continue;
      std::vector<Value> ka(1, heads[i].value.get());
      heads[i].key = co_await vm.call(key.get(), std::move(ka));
    }
    std::erase_if(heads, [](const Head& h) { return h.value.is_null(); });
    if (heads.empty()) co_return Value::null();
    size_t best = 0;
    for (size_t i = 1; i < heads.size(); ++i) {
      Value ki = (key.is_null() ? heads[i].value : heads[i].key).get();
      Value kb = (key.is_null() ? heads[best].value : heads[best].key).get();
      if (reverse ? vm.less(kb, ki) : vm.less(ki, kb)) best = i;
    }
    co_yield heads[best].value.release();
    from = best, to = best + 1;
  }
}

Value merge_fn(VM& vm, CallArgs& a) {
  Ref key;
  bool reverse = false;
  for (size_t i = 0; i < a.nkw(); ++i) {
    std::string_view name = as_str(a.kwnames->items[i])->view();
    Value v = a.kwvals[i];
    if (name == "key") key = v.is_none() ? Ref() : Ref::borrow(v);
    else if (name == "reverse") reverse = vm.truthy(v);
    else vm.type_error("merge() got an unexpected keyword argument '" + std::string(name) + "'");
  }
  std::vector<Ref> sources;
  for (size_t i = 0; i < a.n; ++i) sources.push_back(vm.get_iter(a[i]));
  return vm.make_native_iter(merge_run(vm, std::move(sources), std::move(key), reverse), "merge").release();
}

}  // namespace

Ref make_heapq(VM& vm) {
  Ref mod = new_module(vm, "heapq");
  Value m = mod.get();
  module_def(vm, m, "heappush", heappush_fn);
  module_def(vm, m, "heappop", heappop_fn);
  module_def(vm, m, "heapify", heapify_fn);
  module_def(vm, m, "heapreplace", heapreplace_fn);
  module_def(vm, m, "heappushpop", heappushpop_fn);
  module_def_co(vm, m, "nlargest", nlargest_fn);
  module_def_co(vm, m, "nsmallest", nsmallest_fn);
  module_def(vm, m, "merge", merge_fn);
  return mod;
}

}  // namespace yl
