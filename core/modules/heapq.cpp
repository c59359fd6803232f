// The heapq module: a binary min-heap kept in a list (heappush, heappop,
// heapify ...), with the sift order of CPython's, so a printed heap lists
// its items in the same order; merge of sorted iterables as a lazy iterator;
// nlargest and nsmallest. Items are compared with `<` only, as heapq does.
#include <algorithm>
#include "../objects/collections_ops.h"
#include "c_args.h"
#include "module.h"
#include "params.h"

namespace yl {

namespace {

List* heap_arg(VM& vm, Value v) {
  if (vm.type_of(v)->layout != Layout::List) vm.type_error("heap argument must be a list");
  return as_list(v);
}

// Moves the item at `pos` up towards `start` while it is smaller than its parent.
void sift_down(VM& vm, List* h, size_t start, size_t pos) {
  Ref item = Ref::borrow(h->items[pos]);
  while (pos > start) {
    size_t parent = (pos - 1) >> 1;
    if (!vm.less(item.get(), h->items[parent])) break;
    if (pos >= h->items.size() || parent >= h->items.size()) vm.raise(vm.e_runtime, "list changed size during iteration");
    incref(h->items[parent]);
    decref(h->items[pos]);
    h->items[pos] = h->items[parent];
    pos = parent;
  }
  incref(item.get());
  decref(h->items[pos]);
  h->items[pos] = item.get();
}

// Moves the smaller child up until a leaf, puts the item there and sifts it back.
void sift_up(VM& vm, List* h, size_t pos) {
  size_t end = h->items.size(), start = pos;
  Ref item = Ref::borrow(h->items[pos]);
  size_t child = 2 * pos + 1;
  while (child < end) {
    size_t right = child + 1;
    if (right < end && !vm.less(h->items[child], h->items[right])) child = right;
    if (end != h->items.size()) vm.raise(vm.e_runtime, "list changed size during iteration");
    incref(h->items[child]);
    decref(h->items[pos]);
    h->items[pos] = h->items[child];
    pos = child;
    child = 2 * pos + 1;
  }
  incref(item.get());
  decref(h->items[pos]);
  h->items[pos] = item.get();
  sift_down(vm, h, start, pos);
}

Value heappush(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 0, "heappush", 2, 2);
  List* h = heap_arg(vm, a[0]);
  list_append(h, a[1]);
  sift_down(vm, h, 0, h->items.size() - 1);
  return Value::none();
}

Value heappop(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 0, "heappop", 1, 1);
  List* h = heap_arg(vm, a[0]);
  if (h->items.empty()) vm.raise(vm.e_index, "index out of range");
  Value last = h->items.back();  // the reference moves out of the list
  h->items.pop_back();
  if (h->items.empty()) return last;
  Value top = h->items[0];
  h->items[0] = last;
  Ref result = Ref::steal(top);
  sift_up(vm, h, 0);
  return result.release();
}

Value heapify(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 0, "heapify", 1, 1);
  List* h = heap_arg(vm, a[0]);
  for (size_t i = h->items.size() / 2; i-- > 0;) sift_up(vm, h, i);
  return Value::none();
}

Value heapreplace(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 0, "heapreplace", 2, 2);
  List* h = heap_arg(vm, a[0]);
  if (h->items.empty()) vm.raise(vm.e_index, "index out of range");
  Ref result = Ref::steal(h->items[0]);
  incref(a[1]);
  h->items[0] = a[1];
  sift_up(vm, h, 0);
  return result.release();
}

Value heappushpop(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 0, "heappushpop", 2, 2);
  List* h = heap_arg(vm, a[0]);
  if (h->items.empty() || !vm.less(h->items[0], a[1])) { incref(a[1]); return a[1]; }
  Ref result = Ref::steal(h->items[0]);
  incref(a[1]);
  h->items[0] = a[1];
  sift_up(vm, h, 0);
  return result.release();
}

// ---- nlargest(n, iterable, key=None), nsmallest(...) ----
// sorted(iterable, key=key, reverse=largest)[:n], as documented.
Task n_best(VM& vm, Ref iterable, Ref key, int64_t n, bool largest) {
  std::vector<Ref> items = vm.collect(iterable.get());
  std::vector<Ref> keys;
  for (Ref& x : items) {
    if (key.get().is_none()) keys.push_back(Ref::borrow(x.get()));
    else keys.push_back(co_await vm.call(key.get(), std::vector<Value>(1, x.get())));
  }
  std::vector<size_t> order(items.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return largest ? vm.less(keys[y].get(), keys[x].get()) : vm.less(keys[x].get(), keys[y].get());
  });
  Ref out = vm.new_list();
  for (size_t i = 0; i < order.size() && int64_t(i) < n; ++i) list_append(out.as<List>(), items[order[i]].get());
  co_return out.release();
}

// nlargest/nsmallest bind their arguments, then the coroutine does the work.
Task n_best_call(VM& vm, CallArgs& a, const char* name, bool largest) {
  auto p = bind_params(vm, a, {name, {"n", "iterable", "key"}, 2, 3});
  int64_t n = index_arg(vm, p[0]);
  return n_best(vm, Ref::borrow(p[1]), Ref::borrow(p[2].is_null() ? Value::none() : p[2]), n, largest);
}
Task nlargest(VM& vm, CallArgs& a) { return n_best_call(vm, a, "nlargest", true); }
Task nsmallest(VM& vm, CallArgs& a) { return n_best_call(vm, a, "nsmallest", false); }

// ---- merge(*iterables, key=None, reverse=False) ----
// Each step gives the smallest (largest when reversed) of the iterables'
// current items, the first iterable's on a tie, and only then advances that
// iterable, so generators run exactly when CPython's merge runs them.
struct Head {
  Ref value, key;
  bool live = false;
};

Task merge_run(VM& vm, std::vector<Ref> its, Ref key, bool reverse) {
  std::vector<Head> heads(its.size());
  for (size_t i = 0; i < its.size(); ++i) {
    Ref x = co_await vm.next(its[i].get());
    if (x.is_null()) continue;
    // Not a ?: with co_await in it: GCC built that wrong (the key was called on None).
    if (key.get().is_none()) heads[i].key = Ref::borrow(x.get());
    else heads[i].key = co_await vm.call(key.get(), std::vector<Value>(1, x.get()));
    heads[i].value = std::move(x);
    heads[i].live = true;
  }
  for (;;) {
    size_t best = heads.size();
    for (size_t i = 0; i < heads.size(); ++i) {
      if (!heads[i].live) continue;
      if (best == heads.size()) { best = i; continue; }
      Value b = heads[best].key.get(), c = heads[i].key.get();
      if (reverse ? vm.less(b, c) : vm.less(c, b)) best = i;
    }
    if (best == heads.size()) co_return Value::null();
    co_yield Ref::borrow(heads[best].value.get()).release();
    Ref x = co_await vm.next(its[best].get());
    if (x.is_null()) { heads[best] = Head(); continue; }
    if (key.get().is_none()) heads[best].key = Ref::borrow(x.get());
    else heads[best].key = co_await vm.call(key.get(), std::vector<Value>(1, x.get()));
    heads[best].value = std::move(x);
  }
}

Value merge(VM& vm, CallArgs& a) {
  std::vector<Ref> its;
  for (size_t i = 0; i < a.n; ++i) its.push_back(vm.get_iter(a[i]));
  Value key = a.kw("key"), reverse = a.kw("reverse");
  for (size_t i = 0; i < a.nkw(); ++i) {
    std::string_view k = as_str(a.kwnames->items[i])->view();
    if (k != "key" && k != "reverse") vm.type_error("merge() got an unexpected keyword argument '" + std::string(k) + "'");
  }
  Ref key_ref = Ref::borrow(key.is_null() ? Value::none() : key);
  bool rev = !reverse.is_null() && vm.truthy(reverse);
  return vm.make_native_iter(merge_run(vm, std::move(its), std::move(key_ref), rev), "merge").release();
}

}  // namespace

Ref make_heapq(VM& vm) {
  Ref mod = new_module(vm, "heapq");
  Value m = mod.get();
  module_def(vm, m, "heappush", heappush);
  module_def(vm, m, "heappop", heappop);
  module_def(vm, m, "heapify", heapify);
  module_def(vm, m, "heapreplace", heapreplace);
  module_def(vm, m, "heappushpop", heappushpop);
  module_def(vm, m, "merge", merge);
  module_def_co(vm, m, "nlargest", nlargest);
  module_def_co(vm, m, "nsmallest", nsmallest);
  return mod;
}

}  // namespace yl
