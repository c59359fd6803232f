// range.index / range.count and slice.indices, with CPython 3.11's messages.
// Ints are answered arithmetically (no walk over the range); other values are
// compared with == against each item, as CPython's sequence fallback does.
#include "collections_ops.h"
#include "../vm.h"

namespace yl {

namespace {

Range* self_range(CallArgs& a) { return static_cast<Range*>(a[0].as_obj()); }

// The position of int `x` in r, or -1.
int64_t int_position(Range* r, int64_t x) {
  if (r->length == 0) return -1;
  int64_t off = x - r->start;
  if (off % r->step != 0) return -1;
  int64_t i = off / r->step;
  return i >= 0 && i < r->length ? i : -1;
}

bool small_int(VM& vm, Value v, int64_t* out) {
  if (v.is_int()) { *out = v.as_int(); return true; }
  if (v.is_bool()) { *out = v.is_true(); return true; }
  (void)vm;
  return false;
}

Value range_index(VM& vm, CallArgs& a) {
  check_args(vm, "index", a, 2, 2);
  Range* r = self_range(a);
  int64_t x;
  if (small_int(vm, a[1], &x)) {
    int64_t i = int_position(r, x);
    if (i >= 0) return Value::small(i);
  } else if (!vm.is_int(a[1])) {
    for (int64_t i = 0; i < r->length; ++i)
      if (vm.eq(Value::small(r->start + i * r->step), a[1])) return Value::small(i);
  }
  vm.raise(vm.e_value, vm.repr_s(a[1]) + " is not in range");
}

Value range_count(VM& vm, CallArgs& a) {
  check_args(vm, "count", a, 2, 2);
  Range* r = self_range(a);
  int64_t x;
  if (small_int(vm, a[1], &x)) return Value::small(int_position(r, x) >= 0);
  if (vm.is_int(a[1])) return Value::small(0);  // a big int is never inside an int64 range
  int64_t n = 0;
  for (int64_t i = 0; i < r->length; ++i) n += vm.eq(Value::small(r->start + i * r->step), a[1]);
  return Value::small(n);
}

Value slice_indices_method(VM& vm, CallArgs& a) {
  check_args(vm, "indices", a, 2, 2);
  int64_t len = vm.index_of(a[1]);
  if (len < 0) vm.raise(vm.e_value, "length should not be negative");
  int64_t start, stop, step;
  slice_indices(vm, static_cast<Slice*>(a[0].as_obj()), len, &start, &stop, &step);
  Value items[3] = {Value::small(start), Value::small(stop), Value::small(step)};
  return vm.new_tuple(items, 3).release();
}

}  // namespace

void install_range_methods(VM& vm) {
  add_method(vm, vm.t_range, "index", range_index);
  add_method(vm, vm.t_range, "count", range_count);
  add_method(vm, vm.t_slice, "indices", slice_indices_method);
}

}  // namespace yl
