#include "objects/alias.h"
#include "objects/collections_ops.h"

namespace yl {

namespace {

Value module_of(VM& vm, Type* t) { return t->dict ? dict_get(vm, t->dict, vm.intern("__module__")) : Value::null(); }

// The classes whose subscription makes a types.GenericAlias: the built-in
// containers and the classes of collections and collections.abc.
bool generic_class(VM& vm, Type* t) {
  if (t == vm.t_list || t == vm.t_tuple || t == vm.t_dict || t == vm.t_set || t == vm.t_frozenset || t == vm.t_type)
    return true;
  Value mod = module_of(vm, t);
  if (mod.is_null()) return false;
  std::string m = vm.str_s(mod);
  return m == "collections" || m == "collections.abc";
}

std::vector<Value> items_of(Value key) {
  if (key.is_obj() && key.as_obj()->type->layout == Layout::Tuple) {
    Tuple* t = as_tuple(key);
    return std::vector<Value>(t->items, t->items + t->size);
  }
  return std::vector<Value>(1, key);
}

Ref make_alias(VM& vm, Type* t, Alias::Kind k, std::string name, Value origin, const std::vector<Value>* args) {
  Ref tuple = args ? vm.new_tuple(args->data(), args->size()) : Ref();
  return Ref(make<Alias>(t, k, std::move(name), origin, args ? tuple.get() : Value::null()));
}

bool is_none_type(VM& vm, Value v) { return v == Value::obj(vm.t_none); }

std::string join(VM& vm, const Value* v, size_t n, const char* sep, bool none_as_none) {
  std::string s;
  for (size_t i = 0; i < n; ++i) {
    if (i) s += sep;
    s += none_as_none && is_none_type(vm, v[i]) ? "None" : type_repr(vm, v[i]);
  }
  return s;
}

std::string alias_repr(VM& vm, Alias* a) {
  if (a->kind == Alias::TypeVar) return "~" + a->name;
  Tuple* args = a->args.is_null() ? nullptr : as_tuple(a->args);
  if (a->kind == Alias::Union) return join(vm, args->items, args->size, " | ", true);
  if (a->kind == Alias::Generic)
    return type_repr(vm, a->origin) + "[" + (args->size ? join(vm, args->items, args->size, ", ", false) : "()") + "]";
  std::string base = "typing." + a->name;
  if (!args) return base;
  if (a->name == "Union" && args->size == 2 && (is_none_type(vm, args->items[0]) || is_none_type(vm, args->items[1])))
    return "typing.Optional[" + type_repr(vm, args->items[is_none_type(vm, args->items[0]) ? 1 : 0]) + "]";
  if (a->name == "Callable" && args->size >= 1) {
    std::string ret = type_repr(vm, args->items[args->size - 1]);
    if (args->size == 2 && args->items[0] == vm.ellipsis) return base + "[..., " + ret + "]";
    return base + "[[" + join(vm, args->items, args->size - 1, ", ", false) + "], " + ret + "]";
  }
  if (args->size == 0) return base + "[()]";
  return base + "[" + join(vm, args->items, args->size, ", ", false) + "]";
}

Alias* self_alias(VM& vm, CallArgs& a) {
  Alias* al = a.n ? as_alias(a[0]) : nullptr;
  if (!al) vm.type_error("descriptor requires an alias");
  return al;
}

Value alias_repr_fn(VM& vm, CallArgs& a) { return vm.str(alias_repr(vm, self_alias(vm, a))).release(); }
Value alias_origin(VM& vm, CallArgs& a) { return Ref::borrow(self_alias(vm, a)->origin).release(); }
Value alias_args(VM& vm, CallArgs& a) {
  Alias* al = self_alias(vm, a);
  if (al->args.is_null()) return vm.new_tuple(nullptr, 0).release();
  return Ref::borrow(al->args).release();
}

// Aliases are equal when they stand for the same thing: Optional[int] == Union[int, None].
Value alias_eq(VM& vm, CallArgs& a) {
  check_args(vm, "__eq__", a, 2, 2);
  Alias *x = self_alias(vm, a), *y = as_alias(a[1]);
  if (!y) { incref(vm.not_implemented); return vm.not_implemented; }
  if (x->kind != y->kind || x->name != y->name || x->args.is_null() != y->args.is_null()) return Value::boolean(false);
  if (x->kind == Alias::TypeVar) return Value::boolean(x == y);
  return Value::boolean(vm.eq(x->origin, y->origin) && (x->args.is_null() || vm.eq(x->args, y->args)));
}

// typing.X[...]: checks the number of arguments as typing does and turns
// None into NoneType.
Value typing_getitem(VM& vm, CallArgs& a) {
  check_args(vm, "__getitem__", a, 2, 2);
  Alias* al = self_alias(vm, a);
  std::string shown = alias_repr(vm, al);
  if (!al->args.is_null() || al->kind != Alias::Typing || al->name == "Any")
    vm.type_error(shown + " is not subscriptable");
  std::vector<Value> items = items_of(a[1]);
  if (al->name == "Union") return typing_union(vm, items).release();
  if (al->name == "Optional") {
    if (items.size() != 1) vm.type_error("typing.Optional requires a single type.");
    items.push_back(Value::none());
    return typing_union(vm, items).release();
  }
  if (al->name == "Callable") {
    if (items.size() != 2) vm.type_error("Callable must be used as Callable[[arg, ...], result].");
    std::vector<Value> flat;
    Value params = items[0];
    if (params == vm.ellipsis) flat.push_back(params);
    else if (params.is_obj() && params.as_obj()->type->layout == Layout::List)
      flat.assign(as_list(params)->items.begin(), as_list(params)->items.end());
    else vm.type_error("Callable[args, result]: args must be a list. Got " + type_repr(vm, params));
    flat.push_back(items[1]);
    for (Value& v : flat) if (v.is_none()) v = Value::obj(vm.t_none);
    return make_alias(vm, vm.t_typing_alias, Alias::Typing, al->name, al->origin, &flat).release();
  }
  if (al->nparams >= 0 && int(items.size()) != al->nparams)
    vm.type_error(std::string(int(items.size()) > al->nparams ? "Too many" : "Too few") + " arguments for " + shown +
                  "; actual " + std::to_string(items.size()) + ", expected " + std::to_string(al->nparams));
  if (al->name != "Literal")
    for (Value& v : items) if (v.is_none()) v = Value::obj(vm.t_none);
  return make_alias(vm, vm.t_typing_alias, Alias::Typing, al->name, al->origin, &items).release();
}

// The members of a union, flattened, without repeats, None as NoneType.
std::vector<Value> union_members(VM& vm, const std::vector<Value>& in) {
  std::vector<Value> out;
  auto add = [&](Value v) {
    if (v.is_none()) v = Value::obj(vm.t_none);
    for (Value o : out) if (o == v) return;
    out.push_back(v);
  };
  for (Value v : in) {
    Alias* al = as_alias(v);
    bool is_union = al && !al->args.is_null() && (al->kind == Alias::Union || (al->kind == Alias::Typing && al->name == "Union"));
    if (is_union) {
      Tuple* t = as_tuple(al->args);
      for (size_t i = 0; i < t->size; ++i) add(t->items[i]);
    } else {
      add(v);
    }
  }
  return out;
}

Type* alias_type(VM& vm, const char* name, const char* module) {
  Type* t = vm.new_builtin_type(name, Layout::Object, vm.t_object);
  t->builtin = false;  // so the VM compares them through their native __eq__
  dict_set(vm, t->dict, vm.intern("__module__"), vm.intern(module));
  add_method(vm, t, "__repr__", alias_repr_fn);
  add_method(vm, t, "__eq__", alias_eq);
  for (auto [attr, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{{"__origin__", alias_origin}, {"__args__", alias_args}}) {
    Ref getter = vm.new_native(attr, fn, name);
    Ref prop(make<Wrapper>(vm.t_property, getter.get()));
    dict_set(vm, t->dict, vm.intern(attr), prop.get());
  }
  return t;
}

}  // namespace

std::string type_repr(VM& vm, Value v) {
  if (v == vm.ellipsis) return "...";
  if (Alias* a = as_alias(v)) return alias_repr(vm, a);
  if (v.is_obj() && v.as_obj()->type->is_subtype(vm.t_type)) {
    auto* t = static_cast<Type*>(v.as_obj());
    Value qn = t->dict ? dict_get(vm, t->dict, vm.intern("__qualname__")) : Value::null();
    std::string q = qn.is_null() ? t->name : vm.str_s(qn);
    Value mod = module_of(vm, t);
    if (mod.is_null()) return t->builtin ? q : "__main__." + q;
    std::string m = vm.str_s(mod);
    return m == "builtins" ? q : m + "." + q;
  }
  return vm.repr_s(v);
}

Ref class_getitem(VM& vm, Type* cls, Value key) {
  if (generic_class(vm, cls)) {
    std::vector<Value> items = items_of(key);
    return make_alias(vm, vm.t_generic_alias, Alias::Generic, "", Value::obj(cls), &items);
  }
  Ref hook = vm.lookup_type(cls, vm.intern("__class_getitem__"));
  if (!hook.is_null()) {
    // __class_getitem__ is a class method even when written without @classmethod.
    if (hook.get().is_obj() && hook.get().as_obj()->type == vm.t_function)
      return vm.call_sync(hook.get(), {Value::obj(cls), key});
    Ref bound = vm.getattr(Value::obj(cls), vm.intern("__class_getitem__"));
    return vm.call_sync(bound.get(), {key});
  }
  return Ref::borrow(Value::obj(cls));
}

Ref typing_union(VM& vm, const std::vector<Value>& members) {
  std::vector<Value> m = union_members(vm, members);
  if (m.size() == 1) return Ref::borrow(m[0]);
  return make_alias(vm, vm.t_typing_alias, Alias::Typing, "Union", Value::none(), &m);
}

Ref union_or_null(VM& vm, Value a, Value b) {
  bool typing = false;
  for (Value v : {a, b}) {
    if (Alias* al = as_alias(v)) { typing |= al->kind == Alias::Typing || al->kind == Alias::TypeVar; continue; }
    if (v.is_none() || (v.is_obj() && v.as_obj()->type->is_subtype(vm.t_type))) continue;
    return Ref();
  }
  std::vector<Value> both{a, b};
  if (typing) return typing_union(vm, both);
  std::vector<Value> m = union_members(vm, both);
  if (m.size() == 1) return Ref::borrow(m[0]);
  return make_alias(vm, vm.t_union_type, Alias::Union, "", Value::none(), &m);
}

bool alias_check(VM& vm, Alias* a, Type* t, bool instance) {
  const char* fn = instance ? "isinstance" : "issubclass";
  bool is_union = a->kind == Alias::Union || (a->kind == Alias::Typing && a->name == "Union" && !a->args.is_null());
  if (is_union) {
    Tuple* m = as_tuple(a->args);
    for (size_t i = 0; i < m->size; ++i) {
      Value v = m->items[i];
      if (Alias* inner = as_alias(v)) { if (alias_check(vm, inner, t, instance)) return true; continue; }
      if (v.is_obj() && v.as_obj()->type->is_subtype(vm.t_type) && vm.is_subclass(t, static_cast<Type*>(v.as_obj())))
        return true;
    }
    return false;
  }
  if (a->kind == Alias::Generic)
    vm.type_error(std::string(fn) + "() argument 2 cannot be a parameterized generic");
  if (a->kind == Alias::Typing && !a->args.is_null())
    vm.type_error("Subscripted generics cannot be used with class and instance checks");
  if (a->kind == Alias::Typing && a->origin.is_obj() && a->origin.as_obj()->type->is_subtype(vm.t_type))
    return vm.is_subclass(t, static_cast<Type*>(a->origin.as_obj()));
  if (a->kind == Alias::Typing) vm.type_error("typing." + a->name + " cannot be used with " + fn + "()");
  vm.type_error(std::string(fn) + "() arg 2 must be a type, a tuple of types, or a union");
}

Type* alias_base(VM& vm, Alias* a) {
  if (a->origin.is_obj() && a->origin.as_obj()->type->is_subtype(vm.t_type)) return static_cast<Type*>(a->origin.as_obj());
  return vm.t_object;  // typing.Generic[T], typing.Protocol
}

void install_alias_types(VM& vm) {
  vm.t_generic_alias = alias_type(vm, "GenericAlias", "types");
  vm.t_union_type = alias_type(vm, "UnionType", "types");
  vm.t_typing_alias = alias_type(vm, "_GenericAlias", "typing");
  add_method(vm, vm.t_typing_alias, "__getitem__", typing_getitem);
}

}  // namespace yl
