// The VM's constructors of the values programs make all the time: strings,
// tuples, lists, dicts, sets and ints. They live apart from vm_init.cpp so
// the wasm build can compile them for speed (WASM_HOT_SOURCES) while the
// start-up code stays compiled for size: at -Oz clang left even
// `Value::null()` a call per tuple item.
#include <cstring>
#include "vm.h"

namespace yl {

Ref VM::str(std::string_view s) {
  size_t bytes = sizeof(Str) + s.size();
  void* p = g_heap->allocate(bytes);
  auto* o = new (p) Str(t_str);
  o->len = s.size();
  std::memcpy(o->data, s.data(), s.size());
  o->data[s.size()] = 0;
  size_t cps = 0; bool ascii = true;
  for (unsigned char c : s) { if ((c & 0xC0) != 0x80) ++cps; if (c >= 0x80) ascii = false; }
  o->cp_len = cps; o->ascii = ascii;
  g_heap->link(o, bytes);
  return Ref(o);
}

Ref VM::new_tuple(const Value* items, size_t n) {
  Ref t = new_tuple(n);
  for (size_t i = 0; i < n; ++i) { incref(items[i]); t.as<Tuple>()->items[i] = items[i]; }
  return t;
}

Ref VM::new_tuple(size_t n) {
  size_t bytes = sizeof(Tuple) + (n ? n - 1 : 0) * sizeof(Value);
  void* p = g_heap->allocate(bytes);
  auto* t = new (p) Tuple(t_tuple);
  t->size = n;
  for (size_t i = 0; i < n; ++i) t->items[i] = Value::null();
  g_heap->link(t, bytes);
  return Ref(t);
}

Ref VM::new_list(size_t reserve) {
  auto* l = make<List>(t_list);
  if (reserve) l->items.reserve(reserve);
  return Ref(l);
}
Ref VM::new_dict() { return Ref(make<Dict>(t_dict)); }
Ref VM::new_set(bool frozen) { return Ref(make<Set>(frozen ? t_frozenset : t_set)); }

Ref VM::from_bigint(num::BigInt v) {
  if (v.fits_int64()) {
    int64_t x = v.to_int64();
    if (Value::fits_small(x)) return Ref::steal(Value::small(x));
  }
  return Ref(make<BigIntObj>(t_int, std::move(v)));
}
Ref VM::from_int64(int64_t v) {
  if (Value::fits_small(v)) return Ref::steal(Value::small(v));
  return Ref(make<BigIntObj>(t_int, num::BigInt(v)));
}

}  // namespace yl
