// collections.namedtuple: makes a tuple subclass whose items are also
// attributes. The class is built as CPython 3.11's namedtuple() builds it
// (the same checks of the names in the same order, __new__ binding its
// arguments like `def __new__(_cls, x, y)`, _make/_replace/_asdict, the
// repr), and programs may subclass it.
#include <algorithm>
#include <string>
#include <vector>
#include "../objects/collections_ops.h"
#include "collections.h"
#include "params.h"

namespace yl {

namespace {

bool is_keyword(std::string_view s) {
  static const char* const kws[] = {"False", "None", "True", "and", "as", "assert", "async", "await", "break",
                                    "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
                                    "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
                                    "pass", "raise", "return", "try", "while", "with", "yield"};
  return std::any_of(std::begin(kws), std::end(kws), [&](const char* k) { return s == k; });
}

bool is_identifier(VM& vm, Value s) {
  Ref m = vm.getattr(s, vm.intern("isidentifier"));
  return vm.truthy(vm.call_sync(m.get(), {}).get());
}

// The _fields tuple of a namedtuple class (or of a subclass of one).
Tuple* fields_of(VM& vm, Type* t) {
  Ref f = vm.lookup_type(t, vm.intern("_fields"));
  if (f.is_null() || vm.type_of(f.get())->layout != Layout::Tuple) vm.type_error("not a namedtuple class");
  return as_tuple(f.get());  // alive in the class dict
}

// A tuple of class `cls` holding `items`.
Ref tuple_of_class(VM& vm, Type* cls, const std::vector<Value>& items) {
  Ref t = vm.new_tuple(items.data(), items.size());
  t.as<Tuple>()->type = cls;  // namedtuple classes live as long as the VM (see namedtuple())
  return t;
}

Tuple* self_tuple(VM& vm, CallArgs& a, const char* method) {
  if (!a.n || !a[0].is_obj() || vm.type_of(a[0])->layout != Layout::Tuple)
    vm.type_error(std::string(method) + "() needs a namedtuple instance");
  return as_tuple(a[0]);
}

// __new__(_cls, x, y ...): the bound self is (qualname, fields, defaults).
Value nt_new(VM& vm, CallArgs& a) {
  Tuple* info = as_tuple(a[0]);
  Tuple* fields = as_tuple(info->items[1]);
  Tuple* defaults = as_tuple(info->items[2]);
  std::vector<std::string_view> names;
  for (size_t i = 0; i < fields->size; ++i) names.push_back(as_str(fields->items[i])->view());
  CallArgs rest = a;
  rest.args = a.args + 1;
  rest.n = a.n - 1;
  std::vector<Value> values = bind_params(vm, rest, as_str(info->items[0])->str(), names,
                                          names.size() - defaults->size, names.size(), true);
  for (size_t i = 0; i < values.size(); ++i)
    if (values[i].is_null()) values[i] = defaults->items[i - (names.size() - defaults->size)];
  return tuple_of_class(vm, static_cast<Type*>(a[1].as_obj()), values).release();
}

// A field's getter: the bound self is the field's index.
Value nt_field(VM& vm, CallArgs& a) {
  int64_t i = a[0].as_int();
  if (a.n != 2 || !a[1].is_obj() || vm.type_of(a[1])->layout != Layout::Tuple || size_t(i) >= as_tuple(a[1])->size)
    vm.type_error("descriptor for index '" + std::to_string(i) + "' for tuple subclasses doesn't apply to '" +
                  (a.n > 1 ? vm.type_of(a[1])->name : std::string("NoneType")) + "' object");
  return Ref::borrow(as_tuple(a[1])->items[i]).release();
}

// _make(iterable), a classmethod: the items must match the fields in number.
Task nt_make(VM& vm, CallArgs& a) {
  if (a.n != 2 || a.nkw()) vm.type_error("_make() takes exactly one argument");
  auto* cls = static_cast<Type*>(a[0].as_obj());
  Ref keep_cls = Ref::borrow(a[0]);
  Ref it = vm.get_iter(a[1]);
  std::vector<Ref> items;
  for (;;) {
    Ref x = co_await vm.next(it.get());
    if (x.is_null()) break;
    items.push_back(std::move(x));
  }
  size_t n = fields_of(vm, cls)->size;
  if (items.size() != n)
    vm.type_error("Expected " + std::to_string(n) + " arguments, got " + std::to_string(items.size()));
  std::vector<Value> values;
  for (Ref& x : items) values.push_back(x.get());
  co_return tuple_of_class(vm, cls, values).release();
}

// _replace(**kwds): a new instance of the same class with those fields changed.
Value nt_replace(VM& vm, CallArgs& a) {
  Tuple* self = self_tuple(vm, a, "_replace");
  Type* cls = self->type;
  std::string q = short_type_name(cls) + "._replace";
  if (a.n != 1) vm.type_error(q + "() takes 1 positional argument but " + std::to_string(a.n) + " were given");
  Tuple* fields = fields_of(vm, cls);
  std::vector<Value> values(self->items, self->items + self->size);
  std::vector<bool> used(a.nkw(), false);
  for (size_t f = 0; f < fields->size && f < values.size(); ++f)
    for (size_t k = 0; k < a.nkw(); ++k)
      if (as_str(a.kwnames->items[k])->view() == as_str(fields->items[f])->view()) { values[f] = a.kwvals[k]; used[k] = true; }
  Ref unexpected = vm.new_list();
  for (size_t k = 0; k < a.nkw(); ++k)
    if (!used[k]) list_append(unexpected.as<List>(), a.kwnames->items[k]);
  if (!as_list(unexpected.get())->items.empty())
    vm.raise(vm.e_value, "Got unexpected field names: " + vm.repr_s(unexpected.get()));
  if (values.size() != fields->size)
    vm.type_error("Expected " + std::to_string(fields->size) + " arguments, got " + std::to_string(values.size()));
  return tuple_of_class(vm, cls, values).release();
}

Value nt_asdict(VM& vm, CallArgs& a) {
  Tuple* self = self_tuple(vm, a, "_asdict");
  check_no_args(vm, a, "_asdict");
  Tuple* fields = fields_of(vm, self->type);
  Ref d = vm.new_dict();
  for (size_t i = 0; i < fields->size && i < self->size; ++i) dict_set(vm, d.as<Dict>(), fields->items[i], self->items[i]);
  return d.release();
}

// Point(x=1, y=2), named after the instance's class.
Value nt_repr(VM& vm, CallArgs& a) {
  Tuple* self = self_tuple(vm, a, "__repr__");
  Tuple* fields = fields_of(vm, self->type);
  Ref keep = Ref::borrow(a[0]);
  std::string s = short_type_name(self->type) + "(";
  for (size_t i = 0; i < fields->size && i < self->size; ++i) {
    if (i) s += ", ";
    s += as_str(fields->items[i])->str() + "=" + vm.repr_s(self->items[i]);
  }
  return vm.str(s + ")").release();
}

Value nt_getnewargs(VM& vm, CallArgs& a) {
  Tuple* self = self_tuple(vm, a, "__getnewargs__");
  return vm.new_tuple(self->items, self->size).release();
}

// The field names as strings: a str splits on commas and whitespace, any
// other iterable gives str() of each item.
std::vector<Ref> field_names_of(VM& vm, Value spec) {
  std::vector<Ref> names;
  if (spec.is_obj() && vm.type_of(spec)->layout == Layout::Str) {
    std::string text = as_str(spec)->str();
    std::replace(text.begin(), text.end(), ',', ' ');
    Ref split = vm.call_sync(vm.getattr(vm.str(text).get(), vm.intern("split")).get(), {});
    for (Value v : as_list(split.get())->items) names.push_back(Ref::borrow(v));
    return names;
  }
  for (Ref& x : vm.collect(spec)) names.push_back(vm.to_str(x.get()));
  return names;
}

void set(VM& vm, Type* t, const char* name, Value v) { dict_set(vm, t->dict, vm.intern(name), v); }

Value namedtuple(VM& vm, CallArgs& a) {
  auto p = bind_params(vm, a, {"namedtuple", {"typename", "field_names", "rename", "defaults", "module"}, 2, 2});
  std::vector<Ref> names = field_names_of(vm, p[1]);
  Ref typename_ = vm.to_str(p[0]);
  bool rename = !p[2].is_null() && vm.truthy(p[2]);
  if (rename) {
    // Invalid, keyword, underscored or repeated names become _0, _1 ...
    std::vector<std::string> seen;
    for (size_t i = 0; i < names.size(); ++i) {
      std::string n = as_str(names[i].get())->str();
      if (!is_identifier(vm, names[i].get()) || is_keyword(n) || n[0] == '_' ||
          std::find(seen.begin(), seen.end(), n) != seen.end())
        names[i] = vm.str("_" + std::to_string(i));
      seen.push_back(n);
    }
  }
  std::vector<Value> all{typename_.get()};
  for (Ref& n : names) all.push_back(n.get());
  for (Value n : all) {
    if (!is_identifier(vm, n)) vm.raise(vm.e_value, "Type names and field names must be valid identifiers: " + vm.repr_s(n));
    if (is_keyword(as_str(n)->view())) vm.raise(vm.e_value, "Type names and field names cannot be a keyword: " + vm.repr_s(n));
  }
  std::vector<std::string_view> seen;
  for (Ref& n : names) {
    std::string_view s = as_str(n.get())->view();
    if (s[0] == '_' && !rename) vm.raise(vm.e_value, "Field names cannot start with an underscore: " + vm.repr_s(n.get()));
    if (std::find(seen.begin(), seen.end(), s) != seen.end())
      vm.raise(vm.e_value, "Encountered duplicate field name: " + vm.repr_s(n.get()));
    seen.push_back(s);
  }
  std::vector<Ref> defaults;
  if (!p[3].is_null() && !p[3].is_none()) {
    defaults = vm.collect(p[3]);
    if (defaults.size() > names.size()) vm.type_error("Got more default values than field names");
  }

  std::string tname = as_str(typename_.get())->str();
  std::vector<Value> name_values;
  for (Ref& n : names) name_values.push_back(n.get());
  Ref fields = vm.new_tuple(name_values.data(), name_values.size());
  std::vector<Value> default_values;
  for (Ref& d : defaults) default_values.push_back(d.get());
  Ref defaults_t = vm.new_tuple(default_values.data(), default_values.size());

  Type* t = vm.new_builtin_type(tname.c_str(), Layout::Tuple, vm.t_tuple);
  t->builtin = false;
  // Its instances are tuples, which do not hold their type: the class lives
  // as long as the VM (one reference is never given back).
  Ref type_ref(t);
  incref(t);
  Value module = p[4].is_null() || p[4].is_none() ? vm.intern("__main__") : p[4];
  set(vm, t, "__module__", module);
  set(vm, t, "__qualname__", typename_.get());
  std::string doc = tname + "(";
  for (size_t i = 0; i < names.size(); ++i) doc += (i ? ", " : "") + as_str(names[i].get())->str();
  set(vm, t, "__doc__", vm.str(doc + ")").get());
  set(vm, t, "__slots__", vm.new_tuple(nullptr, 0).get());
  set(vm, t, "_fields", fields.get());
  set(vm, t, "__match_args__", fields.get());
  Ref field_defaults = vm.new_dict();
  for (size_t i = 0; i < defaults.size(); ++i)
    dict_set(vm, field_defaults.as<Dict>(), name_values[names.size() - defaults.size() + i], default_values[i]);
  set(vm, t, "_field_defaults", field_defaults.get());

  Value info_items[3] = {vm.str(tname + ".__new__").release(), fields.get(), defaults_t.get()};
  Ref info = vm.new_tuple(info_items, 3);
  decref(info_items[0]);
  Ref ctor = vm.new_native("__new__", nt_new, t->name.c_str());
  ctor.as<NativeFunction>()->self = info.release();
  set(vm, t, "__new__", ctor.get());
  Ref make_fn = vm.new_native_co("_make", nt_make, t->name.c_str());
  Ref make_cm(make<Wrapper>(vm.t_classmethod, make_fn.get()));
  set(vm, t, "_make", make_cm.get());
  add_methods(vm, t, {
      {"_replace", nt_replace}, {"_asdict", nt_asdict}, {"__repr__", nt_repr}, {"__getnewargs__", nt_getnewargs}});
  for (size_t i = 0; i < names.size(); ++i) {
    Ref getter = vm.new_native("_tuplegetter", nt_field, t->name.c_str());
    getter.as<NativeFunction>()->self = Value::small(int64_t(i));
    Ref prop(make<Wrapper>(vm.t_property, getter.get()));
    dict_set(vm, t->dict, names[i].get(), prop.get());
  }
  return type_ref.release();
}

}  // namespace

void add_namedtuple(VM& vm, Value mod) { module_def(vm, mod, "namedtuple", namedtuple); }

}  // namespace yl
