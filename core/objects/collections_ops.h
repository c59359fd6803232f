// Primitive operations on the built-in containers, used by the VM and by the
// method tables. Keys are hashed and compared through the VM (user __hash__ /
// __eq__ run synchronously). All Value parameters are borrowed.
#pragma once
#include "vm.h"

namespace yl {

// dict
Value dict_get(VM& vm, Dict* d, Value key);                 // borrowed or null
// The position of key in d->entries, or -1.
int32_t dict_find(VM& vm, Dict* d, Value key);
// Compacts the entries and rebuilds the index with room for min_size keys.
void dict_rebuild(Dict* d, size_t min_size);
Value dict_get_str(Dict* d, std::string_view key);          // fast path for str keys; borrowed or null
void dict_set(VM& vm, Dict* d, Value key, Value value);
bool dict_del(VM& vm, Dict* d, Value key);                  // false when missing
void dict_clear(Dict* d);
// Iteration over live entries: for (size_t i = 0; dict_next(d, &i, &k, &v);)
bool dict_next(Dict* d, size_t* pos, Value* key, Value* value);

// set / frozenset
bool set_add(VM& vm, Set* s, Value key);                    // true when newly added
bool set_contains(VM& vm, Set* s, Value key);
bool set_discard(VM& vm, Set* s, Value key);
void set_clear(Set* s);
// CPython's algorithms for the set operators on two set/frozenset operands
// (op is '|', '&', '-' or '^'); the result's type follows `a`.
Ref set_binary_op(VM& vm, Value a, Value b, char op);
void set_inplace_op(VM& vm, Value a, Value b, char op);  // a is a mutable set
bool set_is_subset(VM& vm, Value a, Value b);
// set(x) from a set, frozenset or exact dict by copying slots; false when x
// must be iterated instead.
bool set_fill_from(VM& vm, Set* s, Value x);
bool set_next(Set* s, size_t* pos, Value* key);

// list / tuple
void list_append(List* l, Value v);                         // increfs v
// Sorts values[0..n) in place as list.sort does (CPython's timsort), by
// `keys` when not null (permuted alongside); all borrowed.
void timsort_values(VM& vm, Value* keys, Value* values, size_t n, bool reverse);
Ref list_slice(VM& vm, List* l, int64_t start, int64_t stop, int64_t step);

// Slice resolution like PySlice_GetIndicesEx: returns the item count.
int64_t slice_indices(VM& vm, Slice* s, int64_t len, int64_t* start, int64_t* stop, int64_t* step);
// Index normalisation: negative indexes count from the end; false when out of range.
inline bool normalize_index(int64_t* i, int64_t len) {
  if (*i < 0) *i += len;
  return *i >= 0 && *i < len;
}

// The kind of a dict view: dict_keys, dict_values or dict_items for those
// types and for the view types made from them (odict_keys ...); else null.
inline Type* dict_view_kind(VM& vm, Type* t) {
  for (Type* k : {t, t->base})
    if (k && (k == vm.t_dict_keys || k == vm.t_dict_values || k == vm.t_dict_items)) return k;
  return nullptr;
}

// Method tables installed into the built-in types (objects/*_methods.cpp).
void install_str_methods(VM& vm);
void install_list_methods(VM& vm);
void install_dict_methods(VM& vm);
void install_set_methods(VM& vm);
void install_range_methods(VM& vm);  // range.index/count, slice.indices
void install_float_hex(VM& vm);      // float.hex, float.fromhex

// Helpers every native uses.
Ref str_repr(VM& vm, Str* s);                               // 'text' with Python's quoting
void add_method(VM& vm, Type* t, const char* name, NativeFn fn);
void add_method_co(VM& vm, Type* t, const char* name, NativeCo co);
// Argument checking with CPython's messages.
void check_args(VM& vm, const char* fname, CallArgs& a, size_t min, size_t max);
void no_kwargs(VM& vm, const char* fname, CallArgs& a);
// Refuses keywords other than `names`: "'x' is an invalid keyword argument for owner()".
void allow_kwargs(VM& vm, const char* owner, CallArgs& a, std::initializer_list<std::string_view> names);

}  // namespace yl
