// The tracemalloc module from the heap's own counters (heap.h): "traced"
// memory is what the heap holds beyond what it held when tracing started,
// and the peak is the heap's peak since then (start and reset_peak reset it).
#include "module.h"

namespace yl {

namespace {

// Per-VM tracing state; every function of the module is bound to it.
struct TraceState : Object {
  bool tracing = false;
  size_t base = 0;   // heap live bytes when tracing started (or traces were cleared)
  explicit TraceState(Type* t) : Object(t) {}
};

TraceState* state(CallArgs& a) { return static_cast<TraceState*>(a[0].as_obj()); }

void no_args(VM& vm, CallArgs& a, const char* name) {
  if (a.n != 1 || a.nkw()) vm.type_error(std::string(name) + "() takes no arguments (" + std::to_string(a.n - 1) + " given)");
}

size_t above(size_t bytes, size_t base) { return bytes > base ? bytes - base : 0; }

Value t_start(VM& vm, CallArgs& a) {
  TraceState* s = state(a);
  if (a.n > 2 || a.nkw()) vm.type_error("start() takes at most 1 argument");
  if (a.n == 2) {
    int64_t nframe = vm.index_of(a[1]);
    if (nframe < 1 || nframe > 65535) vm.raise(vm.e_value, "the number of frames must be in range [1; 65535]");
  }
  if (!s->tracing) {
    s->tracing = true;
    s->base = vm.heap.counters().live_bytes;
    vm.heap.reset_peak();
  }
  return Value::none();
}
Value t_stop(VM& vm, CallArgs& a) { no_args(vm, a, "stop"); state(a)->tracing = false; return Value::none(); }
Value t_is_tracing(VM& vm, CallArgs& a) { no_args(vm, a, "is_tracing"); return Value::boolean(state(a)->tracing); }
Value t_get_traced_memory(VM& vm, CallArgs& a) {
  no_args(vm, a, "get_traced_memory");
  TraceState* s = state(a);
  size_t current = 0, peak = 0;
  if (s->tracing) {
    const HeapCounters& c = vm.heap.counters();
    current = above(c.live_bytes, s->base);
    peak = std::max(current, above(c.peak_bytes, s->base));
  }
  Ref cur = vm.from_int64(int64_t(current)), pk = vm.from_int64(int64_t(peak));
  Value items[2] = {cur.get(), pk.get()};
  return vm.new_tuple(items, 2).release();
}
Value t_reset_peak(VM& vm, CallArgs& a) {
  no_args(vm, a, "reset_peak");
  if (state(a)->tracing) vm.heap.reset_peak();
  return Value::none();
}
Value t_clear_traces(VM& vm, CallArgs& a) {
  no_args(vm, a, "clear_traces");
  TraceState* s = state(a);
  if (s->tracing) {
    s->base = vm.heap.counters().live_bytes;
    vm.heap.reset_peak();
  }
  return Value::none();
}

}  // namespace

Ref make_tracemalloc(VM& vm) {
  Ref mod = new_module(vm, "tracemalloc");
  Ref st(make<TraceState>(vm.t_object));
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"start", t_start}, {"stop", t_stop}, {"is_tracing", t_is_tracing},
           {"get_traced_memory", t_get_traced_memory}, {"reset_peak", t_reset_peak}, {"clear_traces", t_clear_traces}}) {
    Ref f = vm.new_native(name, fn);
    f.as<NativeFunction>()->self = st.get();
    incref(st.get());
    module_set(vm, mod.get(), name, f.get());
  }
  return mod;
}

}  // namespace yl
