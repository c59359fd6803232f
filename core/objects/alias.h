// Parameterized types as annotations use them: list[int] (types.GenericAlias),
// int | None (types.UnionType) and the typing module's aliases (typing.List,
// typing.Iterator[int], typing.Optional[str], a TypeVar). Programs build them,
// print them, read __origin__/__args__, subclass them and test isinstance
// against the unsubscripted ones; nothing checks types.
#pragma once
#include <string>
#include "vm.h"

namespace yl {

struct Alias : Object {
  enum Kind : uint8_t { Generic, Union, Typing, TypeVar };
  Kind kind;
  std::string name;      // Typing: "List", "Optional", "Any" ...; TypeVar: its name
  Value origin;          // owned: the class it stands for, or None (Any, Union, TypeVar)
  Value args;            // owned: a tuple, or null while not subscripted
  int nparams = -1;      // Typing: the number of arguments it takes, -1 any
  Alias(Type* t, Kind k, std::string n, Value o, Value a) : Object(t), kind(k), name(std::move(n)), origin(o), args(a) {
    incref(o); incref(a);
  }
  ~Alias() override { decref(origin); decref(args); }
  void traverse(Visitor& v) override { v.visit(origin); v.visit(args); }
  void clear() override {
    Value o = origin, a = args;
    origin = Value::none(); args = Value::null();
    decref(o); decref(a);
  }
};

inline Alias* as_alias(Value v) { return v.is_obj() ? dynamic_cast<Alias*>(v.as_obj()) : nullptr; }

// cls[key] for a class: list[int], collections.abc.Iterator[int]; a class
// that is not generic answers itself, a program's __class_getitem__ is called.
Ref class_getitem(VM& vm, Type* cls, Value key);
// a | b where both are classes, None or aliases (int | None); null otherwise.
Ref union_or_null(VM& vm, Value a, Value b);
// typing.Union[args...] (flattened, duplicates dropped; one member is itself).
Ref typing_union(VM& vm, const std::vector<Value>& members);
// isinstance/issubclass against an alias: the answer, or a TypeError where
// Python refuses (list[int], typing.List[int], typing.Any).
bool alias_check(VM& vm, Alias* a, Type* t, bool instance);
// The class a subclass of the alias gets as its base (class C(Iterator[int])).
Type* alias_base(VM& vm, Alias* a);
// class P(NamedTuple): the namedtuple class that the body's annotated
// fields (with their defaults) and its methods make (modules/typing.cpp).
Ref typed_namedtuple(VM& vm, const std::string& name, Dict* ns);
// Whether a class statement's base is typing.NamedTuple.
inline bool is_named_tuple_base(Value base) {
  Alias* a = as_alias(base);
  return a && a->kind == Alias::Typing && a->name == "NamedTuple";
}
// typing's way of showing a type in an alias: int, __main__.Point, typing.List[int].
std::string type_repr(VM& vm, Value v);

void install_alias_types(VM& vm);  // creates vm.t_generic_alias, t_union_type, t_typing_alias

}  // namespace yl
