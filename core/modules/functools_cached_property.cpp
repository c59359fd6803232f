// functools.cached_property: a descriptor that computes the value on first
// access and stores it in the instance's __dict__ under the attribute's
// name (learnt from __set_name__ when the class is made), where later
// lookups find it before the descriptor, as in functools.py.
#include "../objects/collections_ops.h"
#include "functools_parts.h"
#include "params.h"

namespace yl {

namespace {

struct CachedProperty : Object {
  Value func, attrname, doc;  // owned; attrname None until __set_name__
  CachedProperty(Type* t, Value f, Value d) : Object(t), func(f), attrname(Value::none()), doc(d) {
    incref(f); incref(d);
  }
  ~CachedProperty() override { decref(func); decref(attrname); decref(doc); }
  void traverse(Visitor& v) override { v.visit(func); v.visit(attrname); v.visit(doc); }
  void clear() override {
    Value a = func, b = attrname, c = doc;
    func = attrname = doc = Value::none();
    decref(a); decref(b); decref(c);
  }
};

CachedProperty* self_cp(VM& vm, CallArgs& a, const char* what) {
  CachedProperty* p = a.n && a[0].is_obj() ? dynamic_cast<CachedProperty*>(a[0].as_obj()) : nullptr;
  if (!p) vm.type_error(std::string("descriptor '") + what + "' requires a 'functools.cached_property' object");
  return p;
}

Value cp_new(VM& vm, CallArgs& a) {
  auto* cls = static_cast<Type*>(a[0].as_obj());
  auto p = bind_params(vm, a, {"cached_property.__init__", {"func"}, 1, 1, true});
  Ref doc = vm.getattr_opt(p[0], vm.intern("__doc__"));
  return Value::obj(make<CachedProperty>(cls, p[0], doc.is_null() ? Value::none() : doc.get()));
}

Value cp_set_name(VM& vm, CallArgs& a) {
  CachedProperty* cp = self_cp(vm, a, "__set_name__");
  auto p = bind_params(vm, a, {"cached_property.__set_name__", {"owner", "name"}, 2, 2, true});
  if (cp->attrname.is_none()) {
    Value old = cp->attrname;
    cp->attrname = p[1];
    incref(p[1]);
    decref(old);
  } else if (!vm.eq(cp->attrname, p[1])) {
    vm.type_error("Cannot assign the same cached_property to two different names (" + vm.repr_s(cp->attrname) +
                  " and " + vm.repr_s(p[1]) + ").");
  }
  return Value::none();
}

Value cp_get(VM& vm, CallArgs& a) {
  CachedProperty* cp = self_cp(vm, a, "__get__");
  if (a.n < 2 || a[1].is_none()) return Ref::borrow(a[0]).release();
  Value instance = a[1];
  if (cp->attrname.is_none()) vm.type_error("Cannot use cached_property instance without calling __set_name__ on it.");
  Ref dict = vm.getattr_opt(instance, vm.intern("__dict__"));
  if (dict.is_null() || vm.type_of(dict.get())->layout != Layout::Dict)
    vm.type_error("No '__dict__' attribute on " + vm.repr_s(vm.str(vm.type_of(instance)->name).get()) +
                  " instance to cache " + vm.repr_s(cp->attrname) + " property.");
  Value cached = dict_get(vm, as_dict(dict.get()), cp->attrname);
  if (!cached.is_null()) return Ref::borrow(cached).release();
  Ref value = vm.call_sync(cp->func, {instance});
  dict_set(vm, as_dict(dict.get()), cp->attrname, value.get());
  return value.release();
}

Value cp_func(VM& vm, CallArgs& a) { return Ref::borrow(self_cp(vm, a, "func")->func).release(); }
Value cp_attrname(VM& vm, CallArgs& a) { return Ref::borrow(self_cp(vm, a, "attrname")->attrname).release(); }
Value cp_doc(VM& vm, CallArgs& a) { return Ref::borrow(self_cp(vm, a, "__doc__")->doc).release(); }

}  // namespace

void install_functools_cached_property(VM& vm, Value mod) {
  Type* t = vm.new_builtin_type("cached_property", Layout::Object, vm.t_object);
  Ref type_ref(t);
  dict_set(vm, t->dict, vm.intern("__module__"), vm.intern("functools"));
  add_method(vm, t, "__new__", cp_new);
  add_method(vm, t, "__set_name__", cp_set_name);
  add_method(vm, t, "__get__", cp_get);
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"func", cp_func}, {"attrname", cp_attrname}, {"__doc__", cp_doc}}) {
    Ref getter = vm.new_native(name, fn, "cached_property");
    Ref prop(make<Wrapper>(vm.t_property, getter.get()));
    dict_set(vm, t->dict, vm.intern(name), prop.get());
  }
  module_set(vm, mod, "cached_property", Value::obj(t));
}

}  // namespace yl
