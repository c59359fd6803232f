// itertools' combinatoric iterators: product, permutations, combinations and
// combinations_with_replacement. As in CPython, the constructors turn their
// inputs into tuples at once (through tuple(), on the frame stack, so a
// generator argument runs there); the iterators then only index those pools
// and run no Python code. Orders follow the recipes in the itertools docs.
#include "../objects/collections_ops.h"
#include "c_args.h"
#include "itertools_types.h"

namespace yl {

namespace {


// tuple(iterable), run through the frame stack.
VM::CallAwait as_tuple_of(VM& vm, Value iterable) { return vm.call(Value::obj(vm.t_tuple), args1(iterable)); }

// The tuple (pool[idx[0]], ..., pool[idx[r-1]]).
Ref pick(VM& vm, Tuple* pool, const std::vector<size_t>& idx, size_t r) {
  Ref t = vm.new_tuple(r);
  for (size_t i = 0; i < r; ++i) {
    Value v = pool->items[idx[i]];
    incref(v);
    t.as<Tuple>()->items[i] = v;
  }
  return t;
}

// ---- product(*iterables, repeat=1) ----
Task product_run(VM& vm, std::vector<Ref> pools) {
  size_t n = pools.size();
  for (auto& p : pools) if (p.as<Tuple>()->size == 0) co_return Value::null();
  std::vector<size_t> idx(n, 0);
  for (;;) {
    Ref t = vm.new_tuple(n);
    for (size_t i = 0; i < n; ++i) {
      Value v = pools[i].as<Tuple>()->items[idx[i]];
      incref(v);
      t.as<Tuple>()->items[i] = v;
    }
    co_yield t.release();
    // The odometer: the rightmost wheel turns fastest.
    size_t i = n;
    for (;;) {
      if (i == 0) co_return Value::null();
      --i;
      if (++idx[i] < pools[i].as<Tuple>()->size) break;
      idx[i] = 0;
    }
  }
}

Task product_new(VM& vm, CallArgs& a) {
  int64_t repeat = 1;
  for (size_t k = 0; k < a.nkw(); ++k) {
    std::string_view kn = as_str(a.kwnames->items[k])->view();
    if (kn != "repeat") vm.type_error("'" + std::string(kn) + "' is an invalid keyword argument for product()");
    repeat = index_arg(vm, a.kwvals[k]);
  }
  if (repeat < 0) vm.raise(vm.e_value, "repeat argument cannot be negative");
  std::vector<Ref> inputs;
  for (size_t i = 1; i < a.n; ++i) inputs.push_back(Ref::borrow(a[i]));
  Type* cls = static_cast<Type*>(a[0].as_obj());
  // `a` is gone after the first co_await.
  std::vector<Ref> pools;
  for (auto& in : inputs) pools.push_back(co_await as_tuple_of(vm, in.get()));
  std::vector<Ref> all;
  for (int64_t r = 0; r < repeat; ++r) all.insert(all.end(), pools.begin(), pools.end());
  co_return vm.make_native_iter(product_run(vm, std::move(all)), cls->name.c_str()).release();
}

// ---- permutations(iterable, r=None) ----
Task permutations_run(VM& vm, Ref pool_ref, size_t r) {
  Tuple* pool = pool_ref.as<Tuple>();
  size_t n = pool->size;
  if (r > n) co_return Value::null();
  std::vector<size_t> idx(n), cycles(r);
  for (size_t i = 0; i < n; ++i) idx[i] = i;
  for (size_t i = 0; i < r; ++i) cycles[i] = n - i;
  co_yield pick(vm, pool, idx, r).release();
  if (n == 0) co_return Value::null();
  for (;;) {
    size_t i = r;
    for (;;) {
      if (i == 0) co_return Value::null();
      --i;
      if (--cycles[i] == 0) {
        // Rotate idx[i:] left by one and reset this wheel.
        size_t first = idx[i];
        for (size_t j = i; j + 1 < n; ++j) idx[j] = idx[j + 1];
        idx[n - 1] = first;
        cycles[i] = n - i;
      } else {
        std::swap(idx[i], idx[n - cycles[i]]);
        break;
      }
    }
    co_yield pick(vm, pool, idx, r).release();
  }
}

Task permutations_new(VM& vm, CallArgs& a) {
  auto p = clinic_args(vm, a, 1, "permutations", {"iterable", "r"}, 1, 2);
  Ref iterable = Ref::borrow(p[0]);
  Ref r_arg = p[1].is_null() ? Ref::borrow(Value::none()) : Ref::borrow(p[1]);
  Ref pool = co_await as_tuple_of(vm, iterable.get());
  int64_t r = int64_t(pool.as<Tuple>()->size);
  if (!r_arg.get().is_none()) {
    if (!vm.is_int(r_arg.get())) vm.type_error("Expected int as r");
    r = vm.index_of(r_arg.get());
  }
  if (r < 0) vm.raise(vm.e_value, "r must be non-negative");
  co_return vm.make_native_iter(permutations_run(vm, std::move(pool), size_t(r)), "permutations").release();
}

// ---- combinations(iterable, r), combinations_with_replacement(iterable, r) ----
Task combinations_run(VM& vm, Ref pool_ref, size_t r) {
  Tuple* pool = pool_ref.as<Tuple>();
  size_t n = pool->size;
  if (r > n) co_return Value::null();
  std::vector<size_t> idx(r);
  for (size_t i = 0; i < r; ++i) idx[i] = i;
  for (;;) {
    co_yield pick(vm, pool, idx, r).release();
    // The rightmost index not yet at its last position moves up by one,
    // the ones after it follow it.
    size_t i = r;
    for (;;) {
      if (i == 0) co_return Value::null();
      --i;
      if (idx[i] != i + n - r) break;
    }
    ++idx[i];
    for (size_t j = i + 1; j < r; ++j) idx[j] = idx[j - 1] + 1;
  }
}

Task combinations_wr_run(VM& vm, Ref pool_ref, size_t r) {
  Tuple* pool = pool_ref.as<Tuple>();
  size_t n = pool->size;
  if (n == 0 && r > 0) co_return Value::null();
  std::vector<size_t> idx(r, 0);
  for (;;) {
    co_yield pick(vm, pool, idx, r).release();
    size_t i = r;
    for (;;) {
      if (i == 0) co_return Value::null();
      --i;
      if (idx[i] != n - 1) break;
    }
    size_t v = idx[i] + 1;
    for (size_t j = i; j < r; ++j) idx[j] = v;
  }
}

template <Task (*Run)(VM&, Ref, size_t)>
Task combinations_like_new(VM& vm, CallArgs& a, const char* name) {
  auto p = clinic_args(vm, a, 1, name, {"iterable", "r"}, 2, 2);
  int64_t r = index_arg(vm, p[1]);
  Ref iterable = Ref::borrow(p[0]);
  Ref pool = co_await as_tuple_of(vm, iterable.get());
  if (r < 0) vm.raise(vm.e_value, "r must be non-negative");
  co_return vm.make_native_iter(Run(vm, std::move(pool), size_t(r)), name).release();
}
Task combinations_new(VM& vm, CallArgs& a) { return combinations_like_new<combinations_run>(vm, a, "combinations"); }
Task combinations_wr_new(VM& vm, CallArgs& a) {
  return combinations_like_new<combinations_wr_run>(vm, a, "combinations_with_replacement");
}

}  // namespace

void install_itertools_combinatoric(VM& vm, Value mod) {
  def_itertools_type_co(vm, mod, "product", product_new);
  def_itertools_type_co(vm, mod, "permutations", permutations_new);
  def_itertools_type_co(vm, mod, "combinations", combinations_new);
  def_itertools_type_co(vm, mod, "combinations_with_replacement", combinations_wr_new);
}

}  // namespace yl
