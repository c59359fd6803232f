// The bisect module: binary search in a sorted sequence, and insertion that
// keeps it sorted. Items are read with a[i] and compared with `<` in the
// order CPython's bisect does, so user classes see the same calls; `key`
// functions run through the frame stack.
#include "../objects/collections_ops.h"
#include "c_args.h"
#include "module.h"

namespace yl {

namespace {

struct Search {
  Ref seq, x, key;   // key null: compare the items themselves
  int64_t lo, hi;
};

// a, x, lo=0, hi=None, *, key=None with the messages of CPython's C bisect.
Search search_args(VM& vm, CallArgs& a, const char* name) {
  auto p = clinic_args(vm, a, 0, name, {"a", "x", "lo", "hi", "key"}, 2, 4);
  Search s{Ref::borrow(p[0]), Ref::borrow(p[1]), Ref(), 0, -1};
  if (!p[4].is_null() && !p[4].is_none()) s.key = Ref::borrow(p[4]);
  if (!p[2].is_null()) s.lo = index_arg(vm, p[2]);
  if (s.lo < 0) vm.raise(vm.e_value, "lo must be non-negative");
  if (!p[3].is_null() && !p[3].is_none()) {
    if (!vm.is_int(p[3]) && vm.lookup_type(vm.type_of(p[3]), vm.intern("__index__")).is_null())
      vm.type_error("argument should be integer or None, not '" + vm.type_of(p[3])->name + "'");
    s.hi = vm.index_of(p[3]);
  } else {
    s.hi = int64_t(vm.len(p[0]));
  }
  return s;
}

// bisect_* returns the insertion point of x: left of equal items when
// `left`, else right of them. insort_* applies the key (if any) to x once,
// then calls a.insert(point, x).
Task bisect_co(VM& vm, CallArgs& a, const char* name, bool left, bool insort) {
  Search s = search_args(vm, a, name);
  Ref target = s.x;
  if (insort && !s.key.is_null()) {
    std::vector<Value> ka(1, s.x.get());
    target = co_await vm.call(s.key.get(), std::move(ka));
  }
  int64_t lo = s.lo, hi = s.hi;
  while (lo < hi) {
    int64_t mid = lo + (hi - lo) / 2;
    Ref item = vm.getitem(s.seq.get(), Value::small(mid));
    if (!s.key.is_null()) {
      std::vector<Value> ka(1, item.get());
      item = co_await vm.call(s.key.get(), std::move(ka));
    }
    bool go_right = left ? vm.less(item.get(), target.get()) : !vm.less(target.get(), item.get());
    if (go_right) lo = mid + 1; else hi = mid;
  }
  Ref point = vm.from_int64(lo);
  if (!insort) co_return point.release();
  Ref insert = vm.getattr(s.seq.get(), vm.intern("insert"));
  std::vector<Value> args{point.get(), s.x.get()};
  co_await vm.call(insert.get(), std::move(args));
  co_return Value::none();
}

Task bisect_left_fn(VM& vm, CallArgs& a) { return bisect_co(vm, a, "bisect_left", true, false); }
Task bisect_right_fn(VM& vm, CallArgs& a) { return bisect_co(vm, a, "bisect_right", false, false); }
Task insort_left_fn(VM& vm, CallArgs& a) { return bisect_co(vm, a, "insort_left", true, true); }
Task insort_right_fn(VM& vm, CallArgs& a) { return bisect_co(vm, a, "insort_right", false, true); }

}  // namespace

Ref make_bisect(VM& vm) {
  Ref mod = new_module(vm, "bisect");
  Value m = mod.get();
  module_def_co(vm, m, "bisect_left", bisect_left_fn);
  module_def_co(vm, m, "bisect_right", bisect_right_fn);
  module_def_co(vm, m, "insort_left", insort_left_fn);
  module_def_co(vm, m, "insort_right", insort_right_fn);
  // bisect and insort are the _right functions under a second name.
  Dict* d = static_cast<Module*>(m.as_obj())->dict;
  module_set(vm, m, "bisect", dict_get_str(d, "bisect_right"));
  module_set(vm, m, "insort", dict_get_str(d, "insort_right"));
  return mod;
}

}  // namespace yl
