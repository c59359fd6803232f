// The built-in data objects: str, tuple, list, dict, set, range, slice, cell,
// module and big int. Behaviour lives in the matching .cpp files.
#pragma once
#include <string>
#include <string_view>
#include "num/bigint.h"
#include "objects/type.h"

namespace yl {

class VM;

// Immutable text, UTF-8, stored inline after the header like CPython does.
struct Str : Object {
  size_t len;           // bytes
  size_t cp_len;        // code points
  int64_t hash = -1;    // cached
  bool ascii;
  char data[1];         // len + 1 bytes (NUL terminated)
  Str(Type* t) : Object(t) {}
  std::string_view view() const { return {data, len}; }
  std::string str() const { return std::string(data, len); }
};

// Tuples are immutable, so their items live inline too.
struct Tuple : Object {
  size_t size;
  Value items[1];
  Tuple(Type* t) : Object(t) {}
  ~Tuple() override;
  void traverse(Visitor& v) override;
  void clear() override;
};

struct List : Object {
  Vec<Value> items;
  List(Type* t) : Object(t) {}
  ~List() override;
  void traverse(Visitor& v) override;
  void clear() override;
  size_t owned_bytes() const override { return items.capacity() * sizeof(Value); }
};

// Insertion-ordered hash table: a dense entry array plus a sparse index, the
// layout CPython uses, so iteration order is insertion order.
struct Dict : Object {
  struct Entry { int64_t hash; Value key; Value value; };
  Vec<Entry> entries;     // deleted entries have a null key
  Vec<int32_t> index;     // -1 empty, -2 deleted, else entry position
  size_t used = 0;
  // Changes (to a number no dict has had before) whenever a key is added or
  // removed or the entries move; a value replaced in place leaves it alone.
  // While it stays the same, a key found at entries[i] is still there, which
  // is what the VM's global-variable caches rely on.
  uint64_t keys_version = 0;
  void keys_changed() { keys_version = ++last_keys_version; }
  static inline uint64_t last_keys_version = 0;  // process-wide, so versions never repeat
  Dict(Type* t) : Object(t) {}
  ~Dict() override;
  void traverse(Visitor& v) override;
  void clear() override;
  size_t owned_bytes() const override {
    return entries.capacity() * sizeof(Entry) + index.capacity() * sizeof(int32_t);
  }
};

// Open-addressing set with CPython's probing, so small ints come out in the
// order CPython prints them.
struct Set : Object {
  struct Slot { int64_t hash; Value key; };  // key null: empty; dummy marks deleted
  Vec<Slot> table;
  size_t used = 0, fill = 0;
  size_t finger = 0;  // where pop() looks next, as in CPython
  Set(Type* t) : Object(t) {}
  ~Set() override;
  void traverse(Visitor& v) override;
  void clear() override;
  size_t owned_bytes() const override { return table.capacity() * sizeof(Slot); }
};

struct Range : Object {
  int64_t start, stop, step, length;
  Range(Type* t) : Object(t) {}
};

// How many values start, start + step, ... lie before stop (step != 0): the
// length of a range, and of a slice once its bounds are clamped.
inline int64_t range_length(int64_t start, int64_t stop, int64_t step) {
  if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
  return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
}

struct Slice : Object {
  Value start, stop, step;
  Slice(Type* t) : Object(t) {}
  ~Slice() override { decref(start); decref(stop); decref(step); }
};

// A variable shared between a function and the closures it creates.
struct Cell : Object {
  Value value;
  Cell(Type* t) : Object(t) {}
  ~Cell() override { decref(value); }
  void traverse(Visitor& v) override { v.visit(value); }
  void clear() override { Value x = value; value = Value::null(); decref(x); }
};

struct Module : Object {
  std::string name;
  Dict* dict;
  Module(Type* t, std::string n);
  ~Module() override;
  void traverse(Visitor& v) override;
  void clear() override;
};

struct BigIntObj : Object {
  num::BigInt value;
  BigIntObj(Type* t, num::BigInt v) : Object(t), value(std::move(v)) {}
  size_t owned_bytes() const override { return size_t(value.bit_length() / 64 + 1) * 8; }
};

// The value of an int-like Value (a small int, a bool or a big int object),
// without copying a big one: copying costs a memcpy of every limb, as much as
// the addition itself. A small int or bool is made in `spare`.
inline const num::BigInt& int_value(Value v, num::BigInt& spare) {
  if (v.is_int()) return spare = num::BigInt(v.as_int());
  if (v.is_bool()) return spare = num::BigInt(int64_t(v.is_true()));
  return static_cast<BigIntObj*>(v.as_obj())->value;
}
// The same as a BigInt of the caller's own.
inline num::BigInt int_value(Value v) {
  num::BigInt spare;
  return int_value(v, spare);
}

}  // namespace yl

namespace yl {

// Iterator over a built-in sequence or mapping (list, tuple, str, range,
// dict views, set). `seq` is null once exhausted.
struct SeqIter : Object {
  enum Kind : uint8_t { ListIt, TupleIt, StrIt, RangeIt, DictKeys, DictValues, DictItems, SetIt, Reversed };
  Kind kind;
  Value seq;            // owned; null once exhausted, and always for a range
  int64_t pos = 0;      // index (or next range value)
  int64_t step = 1, remaining = 0;  // range iterators
  SeqIter(Type* t, Kind k, Value s) : Object(t), kind(k), seq(s) { incref(s); }
  ~SeqIter() override { decref(seq); }
  void traverse(Visitor& v) override { v.visit(seq); }
  void clear() override { Value s = seq; seq = Value::null(); decref(s); }
};

// A view of a dict: keys(), values() or items().
struct DictView : Object {
  Value dict;
  DictView(Type* t, Value d) : Object(t), dict(d) { incref(d); }
  ~DictView() override { decref(dict); }
  void traverse(Visitor& v) override { v.visit(dict); }
};

}  // namespace yl
