// The operator module: Python's operators as functions (operator.mul for
// reduce and accumulate, as the itertools recipes use them) and the
// itemgetter / attrgetter / methodcaller callables (sort keys, map).
#include "../objects/collections_ops.h"
#include "c_args.h"
#include "module.h"

namespace yl {

namespace {

void two_args(VM& vm, CallArgs& a, const char* name) { unpack_args(vm, a, 0, name, 2, 2); }

template <BinOp op, bool inplace>
Value binary_fn(VM& vm, CallArgs& a) {
  two_args(vm, a, "operator");
  return vm.binary(a[0], a[1], op, inplace).release();
}
template <CmpOp op>
Value compare_fn(VM& vm, CallArgs& a) {
  two_args(vm, a, "operator");
  return vm.compare(a[0], a[1], op).release();
}
template <UnOp op>
Value unary_fn(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 0, "operator", 1, 1);
  return vm.unary(a[0], op).release();
}

Value truth(VM& vm, CallArgs& a) { unpack_args(vm, a, 0, "truth", 1, 1); return Value::boolean(vm.truthy(a[0])); }
Value abs_fn(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 0, "abs", 1, 1);
  Ref f = Ref::borrow(dict_get(vm, vm.builtins, vm.intern("abs")));
  return vm.call_sync(f.get(), {a[0]}).release();
}
Value index_fn(VM& vm, CallArgs& a) { unpack_args(vm, a, 0, "index", 1, 1); return vm.from_int64(vm.index_of(a[0])).release(); }
Value is_fn(VM& vm, CallArgs& a) { two_args(vm, a, "is_"); return Value::boolean(a[0] == a[1]); }
Value is_not_fn(VM& vm, CallArgs& a) { two_args(vm, a, "is_not"); return Value::boolean(a[0] != a[1]); }
Value contains_fn(VM& vm, CallArgs& a) { two_args(vm, a, "contains"); return Value::boolean(vm.contains(a[0], a[1])); }
Value getitem_fn(VM& vm, CallArgs& a) { two_args(vm, a, "getitem"); return vm.getitem(a[0], a[1]).release(); }
Value setitem_fn(VM& vm, CallArgs& a) {
  unpack_args(vm, a, 0, "setitem", 3, 3);
  vm.setitem(a[0], a[1], a[2]);
  return Value::none();
}
Value delitem_fn(VM& vm, CallArgs& a) { two_args(vm, a, "delitem"); vm.delitem(a[0], a[1]); return Value::none(); }
Value concat_fn(VM& vm, CallArgs& a) {
  two_args(vm, a, "concat");
  Layout l = vm.type_of(a[0])->layout;
  if (l != Layout::List && l != Layout::Tuple && l != Layout::Str && vm.lookup_type(vm.type_of(a[0]), vm.intern("__getitem__")).is_null())
    vm.type_error("'" + vm.type_of(a[0])->name + "' object can't be concatenated");
  return vm.binary(a[0], a[1], B_ADD).release();
}
Value count_of(VM& vm, CallArgs& a) {
  two_args(vm, a, "countOf");
  int64_t n = 0;
  for (Ref& x : vm.collect(a[0])) if (x.get() == a[1] || vm.eq(x.get(), a[1])) ++n;
  return vm.from_int64(n).release();
}
Value index_of(VM& vm, CallArgs& a) {
  two_args(vm, a, "indexOf");
  int64_t i = 0;
  for (Ref& x : vm.collect(a[0])) {
    if (x.get() == a[1] || vm.eq(x.get(), a[1])) return vm.from_int64(i).release();
    ++i;
  }
  vm.raise(vm.e_value, "sequence.index(x): x not in sequence");
}

// ---- itemgetter, attrgetter, methodcaller ----
struct Getter : Object {
  Value items;   // owned tuple: the keys, the attribute names, or (name, *args)
  Value kwargs;  // owned: methodcaller's keywords (a dict), else None
  Getter(Type* t, Value i, Value k) : Object(t), items(i), kwargs(k) { incref(i); incref(k); }
  ~Getter() override { decref(items); decref(kwargs); }
  void traverse(Visitor& v) override { v.visit(items); v.visit(kwargs); }
  void clear() override {
    Value i = items, k = kwargs;
    items = kwargs = Value::none();
    decref(i); decref(k);
  }
};

Getter* self_getter(VM& vm, CallArgs& a, const char* what) {
  Getter* g = a.n && a[0].is_obj() ? dynamic_cast<Getter*>(a[0].as_obj()) : nullptr;
  if (!g) vm.type_error(std::string("descriptor '") + what + "' needs an operator object");
  return g;
}

Value getter_new(VM& vm, CallArgs& a) {
  auto* t = static_cast<Type*>(a[0].as_obj());
  bool method = t->name == "methodcaller";
  if (a.n < 2) vm.type_error(t->name + (method ? " needs at least one argument, the method name" : " expected 1 argument, got 0"));
  if (!method && a.nkw()) vm.type_error(t->name + "() takes no keyword arguments");
  for (size_t i = 1; i < a.n; ++i)
    if ((t->name == "attrgetter" || (method && i == 1)) && vm.type_of(a[i]) != vm.t_str)
      vm.type_error(method ? "method name must be a string" : "attribute name must be a string");
  Ref items = vm.new_tuple(a.args + 1, a.n - 1);
  Ref kw = Ref::borrow(Value::none());
  if (method) {
    kw = vm.new_dict();
    for (size_t i = 0; i < a.nkw(); ++i) dict_set(vm, kw.as<Dict>(), a.kwnames->items[i], a.kwvals[i]);
  }
  return Value::obj(make<Getter>(t, items.get(), kw.get()));
}

Value one_arg_call(VM& vm, CallArgs& a, const char* name) {
  if (a.nkw()) vm.type_error(std::string(name) + "() takes no keyword arguments");
  if (a.n != 2) vm.type_error(std::string(name) + " expected 1 argument, got " + std::to_string(a.n - 1));
  return a[1];
}

Value itemgetter_call(VM& vm, CallArgs& a) {
  Getter* g = self_getter(vm, a, "__call__");
  Value obj = one_arg_call(vm, a, "itemgetter");
  Tuple* keys = as_tuple(g->items);
  if (keys->size == 1) return vm.getitem(obj, keys->items[0]).release();
  Ref out = vm.new_tuple(keys->size);
  for (size_t i = 0; i < keys->size; ++i) as_tuple(out.get())->items[i] = vm.getitem(obj, keys->items[i]).release();
  return out.release();
}

// obj.a.b for the dotted name "a.b".
Ref dotted_attr(VM& vm, Value obj, Value name) {
  std::string_view n = as_str(name)->view();
  Ref cur = Ref::borrow(obj);
  size_t start = 0;
  for (;;) {
    size_t dot = n.find('.', start);
    std::string_view part = n.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    cur = vm.getattr(cur.get(), vm.intern(part));
    if (dot == std::string_view::npos) return cur;
    start = dot + 1;
  }
}

Value attrgetter_call(VM& vm, CallArgs& a) {
  Getter* g = self_getter(vm, a, "__call__");
  Value obj = one_arg_call(vm, a, "attrgetter");
  Tuple* names = as_tuple(g->items);
  if (names->size == 1) return dotted_attr(vm, obj, names->items[0]).release();
  Ref out = vm.new_tuple(names->size);
  for (size_t i = 0; i < names->size; ++i) as_tuple(out.get())->items[i] = dotted_attr(vm, obj, names->items[i]).release();
  return out.release();
}

Task methodcaller_call(VM& vm, CallArgs& a) {
  Getter* g = self_getter(vm, a, "__call__");
  Ref keep = Ref::borrow(a[0]);
  Value obj = one_arg_call(vm, a, "methodcaller");
  Tuple* items = as_tuple(g->items);
  Ref method = vm.getattr(obj, items->items[0]);
  std::vector<Value> args(items->items + 1, items->items + items->size);
  std::vector<Value> names;
  size_t pos = 0; Value k, v;
  while (dict_next(as_dict(g->kwargs), &pos, &k, &v)) { names.push_back(k); args.push_back(v); }
  Ref kwnames = names.empty() ? Ref() : vm.new_tuple(names.data(), names.size());
  Ref r = co_await vm.call_kw(method.get(), args, kwnames.is_null() ? nullptr : kwnames.as<Tuple>());
  co_return r.release();
}

Value getter_repr(VM& vm, CallArgs& a) {
  Getter* g = self_getter(vm, a, "__repr__");
  Tuple* items = as_tuple(g->items);
  std::string s = "operator." + g->type->name + "(";
  for (size_t i = 0; i < items->size; ++i) s += (i ? ", " : "") + vm.repr_s(items->items[i]);
  if (g->kwargs.is_obj()) {
    size_t pos = 0; Value k, v;
    while (dict_next(as_dict(g->kwargs), &pos, &k, &v)) s += ", " + vm.str_s(k) + "=" + vm.repr_s(v);
  }
  return vm.str(s + ")").release();
}

}  // namespace

Ref make_operator(VM& vm) {
  Ref mod = new_module(vm, "operator");
  Value m = mod.get();
  struct Named { const char* name; NativeFn fn; };
  for (const Named& n : std::initializer_list<Named>{
           {"add", binary_fn<B_ADD, false>}, {"sub", binary_fn<B_SUB, false>}, {"mul", binary_fn<B_MUL, false>},
           {"truediv", binary_fn<B_TRUEDIV, false>}, {"floordiv", binary_fn<B_FLOORDIV, false>},
           {"mod", binary_fn<B_MOD, false>}, {"pow", binary_fn<B_POW, false>}, {"matmul", binary_fn<B_MATMUL, false>},
           {"lshift", binary_fn<B_LSHIFT, false>}, {"rshift", binary_fn<B_RSHIFT, false>},
           {"and_", binary_fn<B_AND, false>}, {"or_", binary_fn<B_OR, false>}, {"xor", binary_fn<B_XOR, false>},
           {"iadd", binary_fn<B_ADD, true>}, {"isub", binary_fn<B_SUB, true>}, {"imul", binary_fn<B_MUL, true>},
           {"itruediv", binary_fn<B_TRUEDIV, true>}, {"ifloordiv", binary_fn<B_FLOORDIV, true>},
           {"imod", binary_fn<B_MOD, true>}, {"ipow", binary_fn<B_POW, true>}, {"iand", binary_fn<B_AND, true>},
           {"ior", binary_fn<B_OR, true>}, {"ixor", binary_fn<B_XOR, true>},
           {"lt", compare_fn<C_LT>}, {"le", compare_fn<C_LE>}, {"eq", compare_fn<C_EQ>}, {"ne", compare_fn<C_NE>},
           {"gt", compare_fn<C_GT>}, {"ge", compare_fn<C_GE>},
           {"neg", unary_fn<U_NEG>}, {"pos", unary_fn<U_POS>}, {"invert", unary_fn<U_INVERT>}, {"inv", unary_fn<U_INVERT>},
           {"not_", unary_fn<U_NOT>}, {"truth", truth}, {"abs", abs_fn}, {"index", index_fn},
           {"is_", is_fn}, {"is_not", is_not_fn}, {"contains", contains_fn}, {"concat", concat_fn},
           {"getitem", getitem_fn}, {"setitem", setitem_fn}, {"delitem", delitem_fn},
           {"countOf", count_of}, {"indexOf", index_of}})
    module_def(vm, m, n.name, n.fn);
  for (const char* name : {"itemgetter", "attrgetter", "methodcaller"}) {
    Type* t = vm.new_builtin_type(name, Layout::Object, vm.t_object);
    dict_set(vm, t->dict, vm.intern("__module__"), vm.intern("operator"));
    add_method(vm, t, "__new__", getter_new);
    add_method(vm, t, "__repr__", getter_repr);
    std::string_view n = name;
    if (n == "itemgetter") add_method(vm, t, "__call__", itemgetter_call);
    else if (n == "attrgetter") add_method(vm, t, "__call__", attrgetter_call);
    else add_method_co(vm, t, "__call__", methodcaller_call);
    module_set(vm, m, name, Value::obj(t));
    decref(t);  // the module holds it
  }
  return mod;
}

}  // namespace yl
