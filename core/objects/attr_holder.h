// Instance attributes for objects whose C++ layout is a built-in one (a dict,
// a deque) but whose class is a program's subclass (or Counter and
// OrderedDict, which CPython writes as classes with a __dict__):
// `self.capacity = n` in the __init__ of a class LRU(OrderedDict). The
// attribute dict is made on first assignment.
#pragma once
#include "objects/containers.h"

namespace yl {

struct AttrHolder {
  Dict* attrs = nullptr;  // owned; null until an attribute is set
  bool takes_attrs = true;  // false for instances of the C types themselves (deque, defaultdict)
  void traverse_attrs(Visitor& v) { if (attrs) v.visit(Value::obj(attrs)); }
  void clear_attrs() { if (Dict* d = attrs) { attrs = nullptr; decref(d); } }
};

// The dict behind instances of dict subclasses.
struct SubclassDict : Dict, AttrHolder {
  explicit SubclassDict(Type* t) : Dict(t) {}
  ~SubclassDict() override { clear_attrs(); }
  void traverse(Visitor& v) override { Dict::traverse(v); traverse_attrs(v); }
  void clear() override { clear_attrs(); Dict::clear(); }
};

}  // namespace yl
