// collections.OrderedDict: a dict (already insertion-ordered here) with
// move_to_end, popitem(last=), order-sensitive equality between
// OrderedDicts and CPython 3.11's repr and errors.
#include <vector>
#include "../objects/attr_holder.h"
#include "../objects/collections_ops.h"
#include "collections.h"

namespace yl {

namespace {

bool is_odict_type(Type* t) {
  for (Type* k : t->mro)
    if (k->name == "collections.OrderedDict") return true;  // (no program class has a dotted name)
  return false;
}
bool is_odict(VM& vm, Value v) { return v.is_obj() && is_odict_type(vm.type_of(v)); }

Dict* self_odict(VM& vm, CallArgs& a, const char* method) {
  if (!a.n || !is_odict(vm, a[0])) raise_wrong_self(vm, a, method, "collections.OrderedDict");
  return as_dict(a[0]);
}

// Reads the arguments of a method written in C with keywords (popitem(last=True),
// move_to_end(key, last=True)) into `out`, with that method's messages.
void parse_args(VM& vm, CallArgs& a, const char* fname, std::initializer_list<const char*> names, size_t required,
                std::vector<Value>& out) {
  out.assign(names.size(), Value::null());
  size_t given = a.n - 1;
  if (given + a.nkw() > names.size())
    vm.type_error(std::string(fname) + "() takes at most " + std::to_string(names.size()) + " argument" +
                  (names.size() == 1 ? "" : "s") + " (" + std::to_string(given + a.nkw()) + " given)");
  for (size_t i = 0; i < given; ++i) out[i] = a[i + 1];
  for (size_t k = 0; k < a.nkw(); ++k) {
    std::string_view kn = as_str(a.kwnames->items[k])->view();
    size_t i = 0;
    for (const char* n : names) { if (kn == n) break; ++i; }
    if (i == names.size()) vm.type_error("'" + std::string(kn) + "' is an invalid keyword argument for " + fname + "()");
    out[i] = a.kwvals[k];
  }
  size_t i = 0;
  for (const char* n : names) {
    if (i < required && out[i].is_null())
      vm.type_error(std::string(fname) + "() missing required argument '" + n + "' (pos " + std::to_string(i + 1) + ")");
    ++i;
  }
}

Value od_new(VM&, CallArgs& a) { return Value::obj(make<SubclassDict>(static_cast<Type*>(a[0].as_obj()))); }

// __init__ and update store through self[key] = value, so a subclass's
// __setitem__ sees every item (MutableMapping.update).
Task od_init(VM& vm, CallArgs& a) {
  self_odict(vm, a, "__init__");
  if (a.n > 2) vm.type_error("expected at most 1 arguments, got " + std::to_string(a.n - 1));
  return dict_update_from(vm, Ref::borrow(a[0]), a.n > 1 ? Ref::borrow(a[1]) : Ref(), keyword_pairs(a), true);
}
Task od_update(VM& vm, CallArgs& a) {
  self_odict(vm, a, "update");
  if (a.n > 2) vm.type_error("update() takes at most 1 positional argument (" + std::to_string(a.n - 1) + " given)");
  return dict_update_from(vm, Ref::borrow(a[0]), a.n > 1 ? Ref::borrow(a[1]) : Ref(), keyword_pairs(a), true);
}

// The live entries in order, as owned pairs.
std::vector<std::pair<Ref, Ref>> entries_of(Dict* d) {
  std::vector<std::pair<Ref, Ref>> out;
  size_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) out.emplace_back(Ref::borrow(k), Ref::borrow(v));
  return out;
}

Value od_popitem(VM& vm, CallArgs& a) {
  Dict* d = self_odict(vm, a, "popitem");
  std::vector<Value> p;
  parse_args(vm, a, "popitem", {"last"}, 0, p);
  bool last = p[0].is_null() || vm.truthy(p[0]);
  if (d->used == 0) {
    Ref e = vm.call_sync(Value::obj(vm.e_key), {vm.str("dictionary is empty").get()});
    vm.raise_value(e.get());
  }
  Value key = Value::null(), value = Value::null();
  if (last) {
    for (size_t i = d->entries.size(); i-- > 0;)
      if (!d->entries[i].key.is_null()) { key = d->entries[i].key; value = d->entries[i].value; break; }
  } else {
    size_t pos = 0;
    dict_next(d, &pos, &key, &value);
  }
  Value kv[2] = {key, value};
  Ref pair = vm.new_tuple(kv, 2);
  dict_del(vm, d, key);
  return pair.release();
}

// move_to_end(key, last=True): to the end, or (last=False) to the front.
Value od_move_to_end(VM& vm, CallArgs& a) {
  Dict* d = self_odict(vm, a, "move_to_end");
  std::vector<Value> p;
  parse_args(vm, a, "move_to_end", {"key", "last"}, 1, p);
  bool last = p[1].is_null() || vm.truthy(p[1]);
  Ref key = Ref::borrow(p[0]);
  Value found = dict_get(vm, d, key.get());
  if (found.is_null()) {
    Ref e = vm.call_sync(Value::obj(vm.e_key), {key.get()});
    vm.raise_value(e.get());
  }
  Ref value = Ref::borrow(found);
  if (last) {
    dict_del(vm, d, key.get());
    dict_set(vm, d, key.get(), value.get());
    return Value::none();
  }
  std::vector<std::pair<Ref, Ref>> rest = entries_of(d);
  dict_clear(d);
  dict_set(vm, d, key.get(), value.get());
  for (auto& [k, v] : rest)
    if (!vm.eq(k.get(), key.get())) dict_set(vm, d, k.get(), v.get());
  return Value::none();
}

// OrderedDict([('a', 1)]); the OrderedDict itself inside shows as ...
Value od_repr(VM& vm, CallArgs& a) {
  Dict* d = self_odict(vm, a, "__repr__");
  static std::vector<Object*> active;
  for (Object* o : active) if (o == d) return vm.str("...").release();
  std::string name = short_type_name(d->type);
  if (d->used == 0) return vm.str(name + "()").release();
  active.push_back(d);
  struct Leave { ~Leave() { active.pop_back(); } } leave;
  Ref items = vm.new_list(d->used);
  for (auto& [k, v] : entries_of(d)) {
    Value kv[2] = {k.get(), v.get()};
    list_append(items.as<List>(), vm.new_tuple(kv, 2).get());
  }
  return vm.str(name + "(" + vm.repr_s(items.get()) + ")").release();
}

// Between OrderedDicts the order counts too; with a plain dict it does not
// (NotImplemented lets the dict comparison answer).
Value equal(VM& vm, CallArgs& a, bool negate) {
  Dict* x = self_odict(vm, a, "__eq__");
  if (!is_odict(vm, a[1])) return Ref::borrow(vm.not_implemented).release();
  Dict* y = as_dict(a[1]);
  bool same = x->used == y->used;
  if (same) {
    std::vector<std::pair<Ref, Ref>> xs = entries_of(x), ys = entries_of(y);
    for (size_t i = 0; same && i < xs.size(); ++i)
      same = vm.eq(xs[i].first.get(), ys[i].first.get()) && vm.eq(xs[i].second.get(), ys[i].second.get());
  }
  return Value::boolean(same != negate);
}
Value od_eq(VM& vm, CallArgs& a) { return equal(vm, a, false); }
Value od_ne(VM& vm, CallArgs& a) { return equal(vm, a, true); }

// keys(), values() and items() are views of their own types (odict_keys ...),
// which the VM treats as the dict views they are made from (their base). The method's
// bound self is the view type; the OrderedDict comes after it.
Value od_view(VM& vm, CallArgs& a) {
  auto* view_type = static_cast<Type*>(a[0].as_obj());
  CallArgs rest = a;
  rest.args = a.args + 1;
  rest.n = a.n - 1;
  self_odict(vm, rest, "keys");
  check_no_args(vm, rest, "OrderedDict.keys");
  return Value::obj(make<DictView>(view_type, rest[0]));
}

Value od_copy(VM& vm, CallArgs& a) {
  Dict* d = self_odict(vm, a, "copy");
  check_no_args(vm, a, "OrderedDict.copy");
  return vm.call_sync(Value::obj(d->type), {a[0]}).release();
}

Value od_or(VM& vm, CallArgs& a) { return dict_union(vm, Value::obj(self_odict(vm, a, "__or__")), a[1], false, Value::null()); }
Value od_ror(VM& vm, CallArgs& a) { return dict_union(vm, Value::obj(self_odict(vm, a, "__ror__")), a[1], true, Value::null()); }

}  // namespace

void add_ordereddict(VM& vm, Value mod) {
  Type* t = new_collections_type(vm, "collections.OrderedDict", "OrderedDict", Layout::Dict, vm.t_dict);
  Ref type_ref(t);
  add_methods(vm, t, {
      {"__new__", od_new}, {"popitem", od_popitem}, {"move_to_end", od_move_to_end}, {"__repr__", od_repr},
      {"__eq__", od_eq}, {"__ne__", od_ne}, {"copy", od_copy}, {"__copy__", od_copy}, {"__or__", od_or},
      {"__ror__", od_ror}},
      {{"__init__", od_init}, {"update", od_update}});
  const std::pair<const char*, Type*> views[] = {
      {"keys", vm.t_dict_keys}, {"values", vm.t_dict_values}, {"items", vm.t_dict_items}};
  for (auto [method_name, base] : views) {
    Ref view_type(vm.new_builtin_type(("odict_" + std::string(method_name)).c_str(), base->layout, base));
    Ref method = vm.new_native(method_name, od_view, t->name.c_str());
    method.as<NativeFunction>()->self = view_type.release();  // the method holds the type
    dict_set(vm, t->dict, vm.intern(method_name), method.get());
  }
  module_set(vm, mod, "OrderedDict", Value::obj(t));
}

}  // namespace yl
