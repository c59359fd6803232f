// @dataclass and @dataclass(...): collects the fields (a base dataclass's
// first, then the class's own annotations in order, ClassVars left out,
// InitVars kept for __init__ only, those after KW_ONLY keyword-only),
// checks them as CPython does and installs the generated methods.
#include "../objects/alias.h"
#include "../objects/collections_ops.h"
#include "dataclasses.h"
#include "functools_parts.h"
#include "params.h"

namespace yl {

namespace {

const char* const kParamNames[] = {"init", "repr", "eq", "order", "unsafe_hash", "frozen"};

Value attr(VM& vm, Value inst, const char* name) {
  return dict_get(vm, static_cast<Instance*>(inst.as_obj())->attrs, vm.intern(name));
}
void set_attr(VM& vm, Value inst, const char* name, Value v) {
  dict_set(vm, static_cast<Instance*>(inst.as_obj())->attrs, vm.intern(name), v);
}

bool is_field(VM& vm, Value v) {
  return v.is_obj() && v.as_obj()->type == static_cast<Type*>(dc_module_value(vm, "Field").as_obj());
}

// typing.ClassVar or ClassVar[...], or a string annotation naming it.
bool is_class_var(VM& vm, Value annotation) {
  if (Alias* al = as_alias(annotation)) return al->kind == Alias::Typing && al->name == "ClassVar";
  if (annotation.is_obj() && vm.type_of(annotation)->layout == Layout::Str) {
    std::string_view s = as_str(annotation)->view();
    return s.starts_with("ClassVar") || s.starts_with("typing.ClassVar");
  }
  return false;
}

// dataclasses.InitVar or InitVar[...].
bool is_init_var(Value annotation) {
  Alias* al = as_alias(annotation);
  return al && al->kind == Alias::Typing && al->name == "InitVar";
}

// Instances of a class whose __hash__ is None cannot be defaults: every
// instance would share one list (or dict, set ...).
bool unhashable(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  if (t->layout == Layout::List || t->layout == Layout::Dict || t->layout == Layout::Set) return true;
  Ref h = vm.lookup_type(t, vm.intern("__hash__"));
  return !h.is_null() && h.get().is_none();
}

// The Field for an annotated name of the class, made from its default.
Ref own_field(VM& vm, Type* cls, Value name, Value annotation, bool kw_only) {
  Value missing = dc_module_value(vm, "MISSING");
  Value deflt = dict_get(vm, cls->dict, name);
  Ref f;
  if (!deflt.is_null() && is_field(vm, deflt)) {
    f = Ref::borrow(deflt);
  } else {
    Value kw = vm.intern("default");
    Ref kwnames = vm.new_tuple(&kw, 1);
    f = deflt.is_null() ? vm.call_sync(dc_module_value(vm, "field"), {})
                        : vm.call_sync(dc_module_value(vm, "field"), &deflt, 0, kwnames.as<Tuple>());
  }
  set_attr(vm, f.get(), "name", name);
  set_attr(vm, f.get(), "type", annotation);
  if (attr(vm, f.get(), "kw_only") == missing) set_attr(vm, f.get(), "kw_only", Value::boolean(kw_only));
  Value d = attr(vm, f.get(), "default");
  if (d != missing && unhashable(vm, d))
    vm.raise(vm.e_value, "mutable default " + vm.repr_s(Value::obj(vm.type_of(d))) + " for field " + vm.str_s(name) +
                             " is not allowed: use default_factory");
  // The class attribute becomes the plain default (or goes, when there is none).
  if (!deflt.is_null() && is_field(vm, deflt)) {
    if (d == missing) dict_del(vm, cls->dict, name);
    else dict_set(vm, cls->dict, name, d);
  }
  return f;
}

DcField spec_of(VM& vm, Value f) {
  Value missing = dc_module_value(vm, "MISSING");
  DcField s;
  auto own = [](Value v) { incref(v); return v; };
  s.name = own(attr(vm, f, "name"));
  Value d = attr(vm, f, "default"), fac = attr(vm, f, "default_factory");
  s.deflt = d == missing ? Value::null() : own(d);
  s.factory = fac == missing ? Value::null() : own(fac);
  s.init = vm.truthy(attr(vm, f, "init"));
  s.repr = vm.truthy(attr(vm, f, "repr"));
  s.compare = vm.truthy(attr(vm, f, "compare"));
  Value h = attr(vm, f, "hash");
  s.hash = h.is_none() ? s.compare : vm.truthy(h);
  s.kw_only = vm.truthy(attr(vm, f, "kw_only"));
  return s;
}

// inspect's text for an annotation in a signature: a class by its name
// (with its module unless built in), a string by its repr, anything else
// by its repr without "typing.".
std::string annotation_text(VM& vm, Value a) {
  if (a.is_obj() && a.as_obj()->type->is_subtype(vm.t_type)) {
    auto* t = static_cast<Type*>(a.as_obj());
    Value mod = dict_get(vm, t->dict, vm.intern("__module__"));
    Value qn = dict_get(vm, t->dict, vm.intern("__qualname__"));
    std::string name = qn.is_null() ? t->name : vm.str_s(qn);
    if (mod.is_null() || vm.str_s(mod) == "builtins") return name;
    return vm.str_s(mod) + "." + name;
  }
  std::string r = vm.repr_s(a);
  for (size_t at; (at = r.find("typing.")) != std::string::npos;) r.erase(at, 7);
  return is_init_var(a) ? "dataclasses." + r : r;
}

// The docstring a dataclass without one gets: its __init__ signature,
// "Point(x: int, y: int = 0)".
std::string signature_doc(VM& vm, const std::string& name, Dict* fields, const std::vector<DcField>& specs) {
  std::string positional, keyword;
  size_t pos = 0; Value k, f;
  size_t i = 0;
  while (dict_next(fields, &pos, &k, &f)) {
    const DcField& s = specs[i++];
    if (!s.init) continue;
    std::string p = vm.str_s(k) + ": " + annotation_text(vm, attr(vm, f, "type"));
    if (!s.factory.is_null()) p += " = <factory>";
    else if (!s.deflt.is_null()) p += " = " + vm.repr_s(s.deflt);
    std::string& list = s.kw_only ? keyword : positional;
    list += (list.empty() ? "" : ", ") + p;
  }
  if (!keyword.empty()) positional += (positional.empty() ? "*, " : ", *, ") + keyword;
  return name + "(" + positional + ")";
}

Value process_class(VM& vm, Value cls_value, const DcParams& p) {
  if (!cls_value.is_obj() || !cls_value.as_obj()->type->is_subtype(vm.t_type) ||
      static_cast<Type*>(cls_value.as_obj())->builtin)
    vm.type_error("dataclass() should be called on a class");
  auto* cls = static_cast<Type*>(cls_value.as_obj());
  if (p.order && !p.eq) vm.raise(vm.e_value, "eq must be true if order is true");

  // Fields by name, in order: the bases' (farthest first), then the class's own.
  Ref fields = vm.new_dict();
  bool has_dataclass_base = false, any_frozen_base = false;
  for (size_t i = cls->mro.size(); i-- > 1;) {
    Type* base = cls->mro[i];
    Value base_fields = dict_get(vm, base->dict, vm.intern("__dataclass_fields__"));
    if (base_fields.is_null()) continue;
    has_dataclass_base = true;
    Value params = dict_get(vm, base->dict, vm.intern("__dataclass_params__"));
    if (!params.is_null() && vm.truthy(attr(vm, params, "frozen"))) any_frozen_base = true;
    size_t pos = 0; Value k, v;
    while (dict_next(as_dict(base_fields), &pos, &k, &v)) dict_set(vm, fields.as<Dict>(), k, v);
  }
  Value ann = dict_get(vm, cls->dict, vm.intern("__annotations__"));
  std::vector<Ref> init_vars;  // their names: arguments of __init__, not fields
  if (!ann.is_null() && vm.type_of(ann)->layout == Layout::Dict) {
    size_t pos = 0; Value k, v;
    bool kw_only = p.kw_only;
    while (dict_next(as_dict(ann), &pos, &k, &v)) {
      if (is_class_var(vm, v)) continue;
      // `_: KW_ONLY` is no field: the fields after it are keyword-only.
      if (v == dc_module_value(vm, "KW_ONLY")) { kw_only = true; continue; }
      Ref f = own_field(vm, cls, k, v, kw_only);
      dict_set(vm, fields.as<Dict>(), k, f.get());
      if (is_init_var(v)) init_vars.push_back(Ref::borrow(k));
    }
  }
  // A field() without an annotation is a mistake the class would hide.
  size_t pos = 0; Value k, v;
  while (dict_next(cls->dict, &pos, &k, &v))
    if (is_field(vm, v) && (ann.is_null() || dict_get(vm, as_dict(ann), k).is_null()))
      vm.type_error(vm.repr_s(k) + " is a field but has no type annotation");
  if (has_dataclass_base && any_frozen_base && !p.frozen) vm.type_error("cannot inherit non-frozen dataclass from a frozen one");
  if (has_dataclass_base && !any_frozen_base && p.frozen) vm.type_error("cannot inherit frozen dataclass from a non-frozen one");

  auto* info_type = static_cast<Type*>(dc_module_value(vm, "_DataclassInfo").as_obj());
  Ref info(make<DcInfo>(info_type, cls_value));
  auto* di = info.as<DcInfo>();
  Value qn = dict_get(vm, cls->dict, vm.intern("__qualname__"));
  di->qualname = qn.is_null() ? cls->name : vm.str_s(qn);
  di->frozen = p.frozen;
  di->post_init = !vm.lookup_type(cls, vm.intern("__post_init__")).is_null();
  pos = 0;
  bool seen_default = false;
  while (dict_next(fields.as<Dict>(), &pos, &k, &v)) {
    di->fields.push_back(spec_of(vm, v));
    DcField& f = di->fields.back();
    for (Ref& n : init_vars) f.init_var = f.init_var || n.get() == k;
    if (!p.init || !f.init || f.kw_only) continue;
    bool has_default = !f.deflt.is_null() || !f.factory.is_null();
    if (has_default) seen_default = true;
    else if (seen_default) vm.type_error("non-default argument " + vm.repr_s(f.name) + " follows default argument");
  }

  Value doc = dict_get(vm, cls->dict, vm.intern("__doc__"));
  if (doc.is_null() || doc.is_none())
    dict_set(vm, cls->dict, vm.intern("__doc__"), vm.str(signature_doc(vm, cls->name, fields.as<Dict>(), di->fields)).get());
  // Init-only variables are no fields: fields(), repr and == never see them.
  for (Ref& n : init_vars) dict_del(vm, fields.as<Dict>(), n.get());
  dict_set(vm, cls->dict, vm.intern("__dataclass_fields__"), fields.get());
  Ref params(make<Instance>(static_cast<Type*>(dc_module_value(vm, "_DataclassParams").as_obj())));
  const bool flags[] = {p.init, p.repr, p.eq, p.order, p.unsafe_hash, p.frozen};
  for (size_t i = 0; i < 6; ++i) set_attr(vm, params.get(), kParamNames[i], Value::boolean(flags[i]));
  dict_set(vm, cls->dict, vm.intern("__dataclass_params__"), params.get());
  dc_install_methods(vm, cls, info, p);
  if (dict_get(vm, cls->dict, vm.intern("__match_args__")).is_null()) {
    std::vector<Value> match;
    for (const DcField& f : di->fields) if (f.init && !f.kw_only) match.push_back(f.name);
    dict_set(vm, cls->dict, vm.intern("__match_args__"), vm.new_tuple(match.data(), match.size()).get());
  }
  return Ref::borrow(cls_value).release();
}

// The decorator @dataclass(...) returns; its bound self is the flags as a tuple of bools.
Value apply_params(VM& vm, CallArgs& a) {
  Tuple* t = as_tuple(a[0]);
  CallArgs rest = after_self(a);
  Value cls = bind_params(vm, rest, {"dataclass.<locals>.wrap", {"cls"}, 1, 1})[0];
  DcParams p{t->items[0].is_true(), t->items[1].is_true(), t->items[2].is_true(), t->items[3].is_true(),
             t->items[4].is_true(), t->items[5].is_true(), t->items[6].is_true()};
  return process_class(vm, cls, p);
}

// dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
// unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False)
Value dataclass(VM& vm, CallArgs& a) {
  if (a.n > 1) vm.type_error("dataclass() takes from 0 to 1 positional arguments but " + std::to_string(a.n) + " were given");
  Value cls = a.n ? a[0] : Value::null();
  CallArgs kw = a;
  kw.n = 0;
  auto v = bind_params(vm, kw, {"dataclass", {"init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args",
                                              "kw_only", "slots", "weakref_slot"}, 0, 0});
  auto flag = [&](size_t i, bool dflt) { return v[i].is_null() ? dflt : vm.truthy(v[i]); };
  DcParams p{flag(0, true), flag(1, true), flag(2, true), flag(3, false), flag(4, false), flag(5, false), flag(7, false)};
  if (!cls.is_null() && !cls.is_none()) return process_class(vm, cls, p);
  const bool flags[] = {p.init, p.repr, p.eq, p.order, p.unsafe_hash, p.frozen, p.kw_only};
  Value items[7];
  for (size_t i = 0; i < 7; ++i) items[i] = Value::boolean(flags[i]);
  Ref wrap = vm.new_native("wrap", apply_params);
  wrap.as<NativeFunction>()->self = vm.new_tuple(items, 7).release();
  return wrap.release();
}

}  // namespace

void install_dataclass_decorator(VM& vm, Value mod) { module_def(vm, mod, "dataclass", dataclass); }

}  // namespace yl
