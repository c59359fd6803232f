// Type objects, plain instances of user classes, and the layout tags that say
// which C++ struct stands behind a value of a given type.
#pragma once
#include <string>
#include <vector>
#include "heap.h"

namespace yl {

struct Dict;
class VM;

enum class Layout : uint8_t {
  Object, None, Bool, Int, Float, Str, List, Tuple, Dict, Set, FrozenSet, Range,
  Slice, Function, Native, BoundMethod, Code, Cell, Generator, NativeIter, Type,
  Instance, Exception, Module, Property, StaticMethod, ClassMethod, Super,
  Iterator, File, NotImplemented, Ellipsis,
};

struct Type : Object {
  std::string name;
  Type* base = nullptr;          // single inheritance: the one base
  Vec<Type*> mro;                // this type first, `object` last
  Dict* dict = nullptr;          // attributes and methods
  Layout layout;                 // the C++ struct of this type's instances
  bool builtin = true;           // false for classes defined by the program
  bool abstract_iter = false;    // instances are iterators implemented natively
  // The names the __slots__ of this class and the classes above it list;
  // slots_only when every class above it but object has __slots__, so its
  // instances have no __dict__ and take only those names.
  bool slots_only = false;
  std::vector<std::string> slot_names;
  // A built-in type's __new__ as calling the type last found it in its own
  // dict (borrowed: the dict holds it), valid while that dict's keys_version
  // stands. Built-in types are immutable from Python, so range(n) or list(x)
  // skips the method lookup.
  Value new_cache;
  uint64_t new_cache_version = 0;
  bool abc = false;              // derives from abc.ABC: creating an instance checks for abstract methods
  // An abstract base class of collections.abc that counts `sub` as its
  // subclass by what `sub` can do (__subclasshook__): Iterable takes any
  // class with __iter__. Only the ABC itself has it, not its subclasses.
  bool (*subclass_hook)(VM& vm, Type* sub) = nullptr;

  // Unique per type ever made, so a cache that remembers a Type* can tell
  // it from a later type at the same address (VM::lookup_type's cache).
  uint64_t serial = ++last_serial;
  static inline uint64_t last_serial = 0;

  Type(Type* meta, std::string n, Layout l) : Object(meta), name(std::move(n)), layout(l) {}
  void traverse(Visitor& v) override;
  void clear() override;
  size_t owned_bytes() const override {
    return mro.capacity() * sizeof(Type*) + name.capacity() + slot_names.capacity() * sizeof(std::string);
  }
  bool is_subtype(const Type* other) const {
    for (Type* t : mro) if (t == other) return true;
    return false;
  }
};

// An object of a class defined in Python: its attributes live in a dict.
struct Instance : Object {
  Dict* attrs;
  explicit Instance(Type* t);
  ~Instance() override;
  void traverse(Visitor& v) override;
  void clear() override;
};

}  // namespace yl
