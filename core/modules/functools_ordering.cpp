// Ordering helpers of functools.
// total_ordering: from one ordering method a class defines (and __eq__),
// the other three, built the way functools.py builds them: each calls the
// root method of the instance's type and combines its result with `not`,
// `self == other` or `self != other`, passing NotImplemented on.
// cmp_to_key: a KeyWrapper whose comparisons call the old-style cmp
// function and compare its result with 0, as CPython's C version does.
#include "../objects/collections_ops.h"
#include "c_args.h"
#include "functools_parts.h"
#include "params.h"

namespace yl {

namespace {

// max() of the roots a class defines picks the first of these that it has.
const char* const kRoots[4] = {"__lt__", "__le__", "__gt__", "__ge__"};

struct Derived {
  const char* name;
  bool negate;                                // start from `not root(self, other)`
  enum Combine { Plain, AndNe, OrEq } combine;  // then `and self != other` / `or self == other`
};

// functools._convert: for each root, the three methods derived from it.
const Derived kConvert[4][3] = {
    {{"__gt__", true, Derived::AndNe}, {"__le__", false, Derived::OrEq}, {"__ge__", true, Derived::Plain}},
    {{"__ge__", true, Derived::OrEq}, {"__lt__", false, Derived::AndNe}, {"__gt__", true, Derived::Plain}},
    {{"__lt__", true, Derived::AndNe}, {"__ge__", false, Derived::OrEq}, {"__le__", true, Derived::Plain}},
    {{"__le__", true, Derived::OrEq}, {"__gt__", false, Derived::AndNe}, {"__lt__", true, Derived::Plain}},
};

// "_gt_from_lt", as functools.py names the function.
std::string derived_qualname(const char* derived, const char* root) {
  return "_" + std::string(derived + 2, 2) + "_from_" + std::string(root + 2, 2);
}

// A derived method; its bound self is root * 3 + the index in kConvert[root].
Task derived_method(VM& vm, CallArgs& a) {
  int64_t code = a[0].as_int();
  const char* root = kRoots[code / 3];
  const Derived& d = kConvert[code / 3][code % 3];
  CallArgs rest = after_self(a);
  std::string qualname = derived_qualname(d.name, root);
  auto p = bind_params(vm, rest, {qualname.c_str(), {"self", "other"}, 2, 2});
  Ref self = Ref::borrow(p[0]), other = Ref::borrow(p[1]);
  Ref method = vm.lookup_type(vm.type_of(self.get()), vm.intern(root));
  if (method.is_null()) vm.raise_attribute_error(self.get(), vm.intern(root), "'" + vm.type_of(self.get())->name + "' object has no attribute '" + root + "'");
  std::vector<Value> args(1, self.get());
  args.push_back(other.get());
  Ref r = co_await vm.call(method.get(), std::move(args));
  if (r.get() == vm.not_implemented) co_return r.release();
  Ref value = d.negate ? Ref::steal(Value::boolean(!vm.truthy(r.get()))) : r;
  if (d.combine == Derived::AndNe && vm.truthy(value.get())) value = vm.compare(self.get(), other.get(), C_NE);
  else if (d.combine == Derived::OrEq && !vm.truthy(value.get())) value = vm.compare(self.get(), other.get(), C_EQ);
  co_return value.release();
}

Value total_ordering(VM& vm, CallArgs& a) {
  auto p = bind_params(vm, a, {"total_ordering", {"cls"}, 1, 1});
  Value cls = p[0];
  bool defined[4];
  int root = -1;
  for (int i = 0; i < 4; ++i) {
    // Defined by the class or a base other than object (whose comparisons
    // the VM answers without dict entries).
    Ref mine = cls.is_obj() && cls.as_obj()->type->is_subtype(vm.t_type)
                   ? vm.lookup_type(static_cast<Type*>(cls.as_obj()), vm.intern(kRoots[i]))
                   : Ref();
    defined[i] = !mine.is_null();
    if (defined[i] && root < 0) root = i;
  }
  if (root < 0) vm.raise(vm.e_value, "must define at least one ordering operation: < > <= >=");
  for (int k = 0; k < 3; ++k) {
    const Derived& d = kConvert[root][k];
    int index = 0;
    while (std::string_view(kRoots[index]) != d.name) ++index;
    if (defined[index]) continue;
    Ref f = vm.new_native_co(d.name, derived_method);
    f.as<NativeFunction>()->self = Value::small(root * 3 + k);
    vm.setattr(cls, vm.intern(d.name), f.get());
  }
  return Ref::borrow(cls).release();
}

// ---- cmp_to_key(mycmp) ----
// One type for both the factory (obj null) and the keys it makes.
struct KeyWrapper : Object {
  Value cmp, obj;  // owned; obj is null for the factory
  KeyWrapper(Type* t, Value c, Value o) : Object(t), cmp(c), obj(o) { incref(c); incref(o); }
  ~KeyWrapper() override { decref(cmp); decref(obj); }
  void traverse(Visitor& v) override { v.visit(cmp); v.visit(obj); }
  void clear() override {
    Value c = cmp, o = obj;
    cmp = obj = Value::none();
    decref(c); decref(o);
  }
};

KeyWrapper* as_key(Value v) { return v.is_obj() ? dynamic_cast<KeyWrapper*>(v.as_obj()) : nullptr; }

// K(obj): a key for obj.
Value key_call(VM& vm, CallArgs& a) {
  KeyWrapper* k = as_key(a[0]);
  auto p = clinic_args(vm, a, 1, "K", {"obj"}, 1, 1);
  return Value::obj(make<KeyWrapper>(k->type, k->cmp, p[0]));
}

const CmpOp kKeyOps[6] = {C_LT, C_LE, C_EQ, C_NE, C_GT, C_GE};
const char* const kKeyOpNames[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

// A comparison of two keys; the bound self is the index in kKeyOps.
Task key_compare(VM& vm, CallArgs& a) {
  CmpOp op = kKeyOps[a[0].as_int()];
  if (a.n != 3) vm.type_error(std::string("expected 1 argument, got ") + std::to_string(a.n > 2 ? a.n - 2 : 0));
  KeyWrapper *self = as_key(a[1]), *other = as_key(a[2]);
  if (!self || !other || self->obj.is_null() || other->obj.is_null()) vm.type_error("other argument must be K instance");
  Ref keep_self = Ref::borrow(a[1]), keep_other = Ref::borrow(a[2]);
  std::vector<Value> args(1, self->obj);
  args.push_back(other->obj);
  Ref r = co_await vm.call(self->cmp, std::move(args));
  co_return vm.compare(r.get(), Value::small(0), op).release();
}

Value key_obj(VM& vm, CallArgs& a) {
  KeyWrapper* k = a.n ? as_key(a[0]) : nullptr;
  if (!k || k->obj.is_null())
    vm.raise(vm.e_attribute, "'functools.KeyWrapper' object has no attribute 'obj'");
  return Ref::borrow(k->obj).release();
}

// cmp_to_key is bound to the KeyWrapper type.
Value cmp_to_key(VM& vm, CallArgs& a) {
  Type* t = static_cast<Type*>(a[0].as_obj());
  auto p = clinic_args(vm, a, 1, "cmp_to_key", {"mycmp"}, 1, 1);
  return Value::obj(make<KeyWrapper>(t, p[0], Value::null()));
}

}  // namespace

void install_functools_ordering(VM& vm, Value mod) {
  module_def(vm, mod, "total_ordering", total_ordering);
  Type* key = vm.new_builtin_type("KeyWrapper", Layout::Object, vm.t_object);
  Ref key_ref(key);
  // Not built-in for the operators: they then use its comparison methods, as
  // they do a Python class's.
  key->builtin = false;
  dict_set(vm, key->dict, vm.intern("__module__"), vm.intern("functools"));
  dict_set(vm, key->dict, vm.intern("__hash__"), Value::none());
  add_method(vm, key, "__call__", key_call);
  for (int64_t i = 0; i < 6; ++i) {
    Ref f = vm.new_native_co(kKeyOpNames[i], key_compare, "KeyWrapper");
    f.as<NativeFunction>()->self = Value::small(i);
    dict_set(vm, key->dict, vm.intern(kKeyOpNames[i]), f.get());
  }
  Ref getter = vm.new_native("obj", key_obj, "KeyWrapper");
  Ref prop(make<Wrapper>(vm.t_property, getter.get()));
  dict_set(vm, key->dict, vm.intern("obj"), prop.get());
  Ref factory = vm.new_native("cmp_to_key", cmp_to_key);
  factory.as<NativeFunction>()->self = Value::obj(key);
  incref(key);
  module_set(vm, mod, "cmp_to_key", factory.get());
}

}  // namespace yl
