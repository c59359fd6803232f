// Builtins that expose namespaces: globals(), locals(), vars(), dir().
#include <set>
#include "builtin_dunders.h"
#include "objects/collections_ops.h"
#include "vm.h"

namespace yl {

namespace {
// The innermost Python frame: the caller of these builtins.
PyFrame* caller_frame(VM& vm) {
  for (Frame* f = vm.current; f; f = f->parent)
    if (f->kind == FrameKind::Python) return static_cast<PyFrame*>(f);
  return nullptr;
}

Value b_globals(VM& vm, CallArgs& a) {
  check_args(vm, "globals", a, 0, 0);
  PyFrame* f = caller_frame(vm);
  Dict* g = f ? f->globals : vm.main_globals;
  incref(g);
  return Value::obj(g);
}

// A snapshot of a function's locals as a new dict (a module or class body
// answers with its namespace itself, as CPython does).
Ref locals_of(VM& vm, PyFrame* f) {
  if (!f) return Ref::borrow(Value::obj(vm.main_globals));
  if (f->locals_dict) return Ref::borrow(Value::obj(f->locals_dict));
  if (f->code->flags & Code::kModule) return Ref::borrow(Value::obj(f->globals));  // module level: locals() is globals()
  Ref d = vm.new_dict();
  Code* c = f->code;
  for (int i = 0; i < c->nlocals(); ++i)
    if (!f->slots[i].is_null()) dict_set(vm, d.as<Dict>(), c->varnames[i], f->slots[i]);
  return d;
}

Value b_locals(VM& vm, CallArgs& a) {
  check_args(vm, "locals", a, 0, 0);
  return locals_of(vm, caller_frame(vm)).release();
}

Value b_vars(VM& vm, CallArgs& a) {
  check_args(vm, "vars", a, 0, 1);
  if (a.n == 0) return locals_of(vm, caller_frame(vm)).release();
  Ref d = vm.getattr_opt(a[0], vm.intern("__dict__"));
  if (d.is_null()) vm.type_error("vars() argument must have __dict__ attribute");
  return d.release();
}

// ---- dir() ----
// What every object has (object's own attributes in CPython 3.11).
const char* const kObjectNames[] = {
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
    "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__",
    "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__",
    "__subclasshook__"};
// What a generator adds: `dir(gen)` is how tutorials show __iter__ and __next__.
const char* const kGeneratorNames[] = {"__del__", "__iter__", "__name__", "__next__", "__qualname__", "close",
                                       "gi_code", "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom",
                                       "send", "throw"};
const char* const kProtocolDunders[] = {"__iter__", "__len__", "__contains__", "__getitem__", "__setitem__",
                                        "__delitem__", "__reversed__", "__call__", "__add__", "__mul__"};

void add_keys(VM& vm, std::set<std::string>& names, Dict* d, std::string_view skip = {}) {
  size_t pos = 0; Value k, v;
  if (d)
    while (dict_next(d, &pos, &k, &v))
      if (vm.type_of(k) == vm.t_str && as_str(k)->view() != skip) names.insert(as_str(k)->str());
}

// The attributes a class gives its instances: its dicts along the MRO, and
// for built-in types the protocol methods the VM answers for them.
void add_class_names(VM& vm, std::set<std::string>& names, Type* cls) {
  for (const char* n : kObjectNames) names.insert(n);
  for (Type* k : cls->mro) {
    // A class body's __qualname__ is not left in the class's dict.
    add_keys(vm, names, k->dict, k->builtin ? "" : "__qualname__");
    if (k->builtin) {
      if (k->layout == Layout::Generator) for (const char* n : kGeneratorNames) names.insert(n);
      for (const char* n : kProtocolDunders) if (builtin_has_dunder(vm, k, n)) names.insert(n);
    } else if (k->base && k->base->builtin && k->layout == Layout::Instance) {
      names.insert("__dict__");
      names.insert("__weakref__");
    }
  }
}

Value b_dir(VM& vm, CallArgs& a) {
  check_args(vm, "dir", a, 0, 1);
  std::set<std::string> names;
  if (a.n == 0) {
    Ref scope = locals_of(vm, caller_frame(vm));
    add_keys(vm, names, scope.as<Dict>());
  } else {
    Value o = a[0];
    Type* t = vm.type_of(o);
    Ref own = t->builtin ? Ref() : vm.lookup_type(t, vm.intern("__dir__"));
    if (!own.is_null()) {
      Ref listed = vm.call_sync(own.get(), {o});
      for (Ref& n : vm.collect(listed.get())) names.insert(vm.str_s(n.get()));
    } else if (t->layout == Layout::Module) {
      add_keys(vm, names, static_cast<Module*>(o.as_obj())->dict);
    } else if (t->layout == Layout::Type) {
      add_class_names(vm, names, static_cast<Type*>(o.as_obj()));
    } else {
      add_class_names(vm, names, t);
      if (t->layout == Layout::Instance || t->layout == Layout::Exception)
        add_keys(vm, names, static_cast<Instance*>(o.as_obj())->attrs);
    }
  }
  Ref out = vm.new_list();
  for (const std::string& n : names) list_append(out.as<List>(), vm.str(n).get());
  return out.release();
}
}  // namespace

void install_scope_builtins(VM& vm) {
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"globals", b_globals}, {"locals", b_locals}, {"vars", b_vars}, {"dir", b_dir}})
    dict_set(vm, vm.builtins, vm.intern(name), vm.new_native(name, fn).get());
}

}  // namespace yl
