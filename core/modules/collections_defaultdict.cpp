// collections.defaultdict: a dict whose missing keys are filled by calling
// default_factory (the VM's subscript calls __missing__ for dict subclasses;
// `in` and .get() never do). Errors and reprs as CPython 3.11 has them.
#include <vector>
#include "../objects/attr_holder.h"
#include "../objects/collections_ops.h"
#include "collections.h"

namespace yl {

namespace {

struct DefaultDict : SubclassDict {
  Value factory = Value::none();  // owned
  explicit DefaultDict(Type* t) : SubclassDict(t) {}
  ~DefaultDict() override { decref(factory); }
  void traverse(Visitor& v) override { SubclassDict::traverse(v); v.visit(factory); }
  void clear() override {
    Value f = factory;
    factory = Value::none();
    decref(f);
    SubclassDict::clear();
  }
};

DefaultDict* as_defaultdict(Value v) { return v.is_obj() ? dynamic_cast<DefaultDict*>(v.as_obj()) : nullptr; }

DefaultDict* self_dd(VM& vm, CallArgs& a, const char* method) {
  DefaultDict* d = a.n ? as_defaultdict(a[0]) : nullptr;
  if (!d) raise_wrong_self(vm, a, method, "collections.defaultdict");
  return d;
}

void replace_factory(DefaultDict* d, Value f) {
  incref(f);
  Value old = d->factory;
  d->factory = f;
  decref(old);
}

Value dd_new(VM&, CallArgs& a) {
  auto* cls = static_cast<Type*>(a[0].as_obj());
  auto* d = make<DefaultDict>(cls);
  d->takes_attrs = cls->name != "collections.defaultdict";  // only subclasses have a __dict__
  return Value::obj(d);
}

// defaultdict(default_factory=None, /, *args, **kwargs): the rest fills the
// dict as dict(*args, **kwargs) would.
Task dd_init(VM& vm, CallArgs& a) {
  DefaultDict* d = self_dd(vm, a, "__init__");
  Value factory = a.n > 1 ? a[1] : Value::none();
  if (!factory.is_none() && !is_callable(vm, factory)) vm.type_error("first argument must be callable or None");
  replace_factory(d, factory);
  if (a.n > 3) vm.type_error("dict expected at most 1 argument, got " + std::to_string(a.n - 2));
  return dict_update_from(vm, Ref::borrow(a[0]), a.n > 2 ? Ref::borrow(a[2]) : Ref(), keyword_pairs(a), false);
}

// d[key] for a missing key: factory() is stored and returned.
Value dd_missing(VM& vm, CallArgs& a) {
  DefaultDict* d = self_dd(vm, a, "__missing__");
  check_one_arg(vm, a, "defaultdict.__missing__");
  if (d->factory.is_none()) {
    Ref e = vm.call_sync(Value::obj(vm.e_key), {a[1]});
    vm.raise_value(e.get());
  }
  Ref keep = Ref::borrow(a[0]);
  Ref value = vm.call_sync(d->factory, {});
  vm.setitem(a[0], a[1], value.get());
  return value.release();
}

// defaultdict(<class 'list'>, {'a': [1]}); the dict part shows {...} when
// the defaultdict is reached again inside itself.
Value dd_repr(VM& vm, CallArgs& a) {
  DefaultDict* d = self_dd(vm, a, "__repr__");
  static std::vector<Object*> active;
  bool inside = false;
  for (Object* o : active) inside = inside || o == d;
  std::string s = short_type_name(d->type) + "(" + vm.repr_s(d->factory) + ", ";
  if (inside) return vm.str(s + "{...})").release();
  active.push_back(d);
  struct Leave { ~Leave() { active.pop_back(); } } leave;
  s += "{";
  std::vector<std::pair<Ref, Ref>> items;
  size_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) items.emplace_back(Ref::borrow(k), Ref::borrow(v));
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) s += ", ";
    s += vm.repr_s(items[i].first.get()) + ": " + vm.repr_s(items[i].second.get());
  }
  return vm.str(s + "})").release();
}

// type(d)(d.default_factory, d): a subclass is copied through its constructor.
Value dd_copy(VM& vm, CallArgs& a) {
  DefaultDict* d = self_dd(vm, a, "copy");
  check_no_args(vm, a, "defaultdict.copy");
  return vm.call_sync(Value::obj(d->type), {d->factory, a[0]}).release();
}

Value dd_or(VM& vm, CallArgs& a) {
  DefaultDict* d = self_dd(vm, a, "__or__");
  return dict_union(vm, a[0], a[1], false, d->factory);
}
Value dd_ror(VM& vm, CallArgs& a) {
  DefaultDict* d = self_dd(vm, a, "__ror__");
  return dict_union(vm, a[0], a[1], true, d->factory);
}

Value dd_get_factory(VM& vm, CallArgs& a) { return Ref::borrow(self_dd(vm, a, "default_factory")->factory).release(); }
Value dd_set_factory(VM& vm, CallArgs& a) {
  // Any value may be assigned; only the constructor checks callability.
  replace_factory(self_dd(vm, a, "default_factory"), a[1]);
  return Value::none();
}

}  // namespace

void add_defaultdict(VM& vm, Value mod) {
  Type* t = new_collections_type(vm, "collections.defaultdict", "defaultdict", Layout::Dict, vm.t_dict);
  Ref type_ref(t);
  add_methods(vm, t, {
      {"__new__", dd_new}, {"__missing__", dd_missing}, {"__repr__", dd_repr}, {"copy", dd_copy},
      {"__copy__", dd_copy}, {"__or__", dd_or}, {"__ror__", dd_ror}},
      {{"__init__", dd_init}});
  Ref getter = vm.new_native("default_factory", dd_get_factory, "collections.defaultdict");
  Ref prop(make<Wrapper>(vm.t_property, getter.get()));
  Ref setter = vm.new_native("default_factory", dd_set_factory, "collections.defaultdict");
  incref(setter.get());
  decref(prop.as<Wrapper>()->fset);
  prop.as<Wrapper>()->fset = setter.get();
  dict_set(vm, t->dict, vm.intern("default_factory"), prop.get());
  module_set(vm, mod, "defaultdict", Value::obj(t));
}

}  // namespace yl
