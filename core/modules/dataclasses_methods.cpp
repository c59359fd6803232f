// The methods @dataclass generates: __init__, __repr__, __eq__, the order
// methods, __hash__ and, for frozen classes, __setattr__ and __delattr__.
// Each is a native bound to the class's DcInfo. Their errors carry the
// traceback line CPython's generated code would have: line 1 is the wrapper
// CPython compiles, line 2 the `def`, the body starts at line 3.
#include <algorithm>
#include "../objects/collections_ops.h"
#include "dataclasses.h"
#include "functools_parts.h"
#include "params.h"

namespace yl {

namespace {

constexpr int kBodyLine = 3;

DcInfo* info_of(CallArgs& a) { return static_cast<DcInfo*>(a[0].as_obj()); }

// The synchronous methods (__eq__, __repr__ ...) stand for Python frames:
// they count against the recursion limit, so a dataclass that contains
// itself raises RecursionError instead of overflowing the C++ stack.
struct FrameDepth {
  VM& vm;
  explicit FrameDepth(VM& v) : vm(v) {
    if (vm.depth >= vm.recursion_limit) vm.raise(vm.e_recursion, "maximum recursion depth exceeded");
    ++vm.depth;
  }
  ~FrameDepth() { --vm.depth; }
  FrameDepth(const FrameDepth&) = delete;
  FrameDepth& operator=(const FrameDepth&) = delete;
};

// The instance a method was called on (a[1]), with CPython's message when
// it is called without one.
Value self_of(VM& vm, CallArgs& a, const char* method) {
  if (a.n < 2) vm.type_error(info_of(a)->qualname + "." + method + "() missing 1 required positional argument: 'self'");
  return a[1];
}

// Stores a field's value: through setattr, or past the class's own
// __setattr__ in a frozen class (as object.__setattr__ does).
void store(VM& vm, DcInfo* info, Value self, Value name, Value v) {
  if (info->frozen && vm.type_of(self)->layout == Layout::Instance)
    dict_set(vm, static_cast<Instance*>(self.as_obj())->attrs, name, v);
  else
    vm.setattr(self, name, v);
}

// The missing keyword-only arguments, as a Python def reports them.
[[noreturn]] void missing_keywords(VM& vm, const std::string& qualname, const std::vector<std::string>& missing) {
  std::string list;
  for (size_t i = 0; i < missing.size(); ++i) {
    if (i) list += missing.size() == 2 ? " and " : i + 1 == missing.size() ? ", and " : ", ";
    list += "'" + missing[i] + "'";
  }
  vm.type_error(qualname + "() missing " + std::to_string(missing.size()) + " required keyword-only argument" +
                (missing.size() == 1 ? "" : "s") + ": " + list);
}

bool has_default(const DcField& f) { return !f.deflt.is_null() || !f.factory.is_null(); }

// __init__(self, <init fields>, *, <keyword-only init fields>): defaults,
// default factories, __post_init__.
Task dc_init(VM& vm, CallArgs& a) {
  DcInfo* info = info_of(a);
  Ref keep_info = Ref::borrow(a[0]);
  std::string qualname = info->qualname + ".__init__";
  // Parameters: the positional fields in order, then the keyword-only ones.
  std::vector<const DcField*> params;
  for (bool kw : {false, true})
    for (DcField& f : info->fields)
      if (f.init && f.kw_only == kw) params.push_back(&f);
  std::vector<std::string_view> names;
  size_t required = 0, positional = 0;
  for (const DcField* f : params) {
    names.push_back(as_str(f->name)->view());
    if (f->kw_only) continue;
    ++positional;
    if (!has_default(*f)) required = positional;
  }
  CallArgs rest = after_self(a);
  std::vector<Value> given = bind_params(vm, rest, qualname, names, required, positional, true);
  std::vector<std::string> missing;
  for (size_t i = positional; i < params.size(); ++i)
    if (given[i].is_null() && !has_default(*params[i])) missing.emplace_back(names[i]);
  if (!missing.empty()) missing_keywords(vm, qualname, missing);
  Ref self = Ref::borrow(rest[0]);
  // The caller's argument slots do not outlive the first co_await.
  std::vector<Ref> values(info->fields.size());
  for (size_t i = 0; i < params.size(); ++i)
    if (!given[i].is_null()) values[size_t(params[i] - info->fields.data())] = Ref::borrow(given[i]);
  int line = kBodyLine;
  std::vector<Ref> post_args;  // the InitVars' values, for __post_init__
  try {
    for (size_t i = 0; i < info->fields.size(); ++i) {
      DcField& f = info->fields[i];
      Ref v;
      if (f.init) {
        v = std::move(values[i]);
        if (v.is_null() && !f.factory.is_null()) v = co_await vm.call(f.factory, {});
        else if (v.is_null()) v = Ref::borrow(f.deflt);
        if (f.init_var) {
          post_args.push_back(std::move(v));
          continue;
        }
      } else if (!f.factory.is_null()) {
        v = co_await vm.call(f.factory, {});
      } else {
        continue;  // the class attribute holds its default
      }
      store(vm, info, self.get(), f.name, v.get());
      ++line;
    }
    if (info->post_init) {
      Ref post = vm.getattr(self.get(), vm.intern("__post_init__"));
      std::vector<Value> args;
      for (Ref& v : post_args) args.push_back(v.get());
      Ref ignored = co_await vm.call(post.get(), std::move(args));
    }
  } catch (PyException& e) {
    dc_add_traceback(vm, e.exc, "__init__", line);
    throw;
  }
  co_return Value::none();
}

// Point(x=1, y=2), named after the instance's class.
Value dc_repr(VM& vm, CallArgs& a) {
  DcInfo* info = info_of(a);
  Value self = self_of(vm, a, "__repr__");
  Type* t = vm.type_of(self);
  Value qn = dict_get(vm, t->dict, vm.intern("__qualname__"));
  std::string s = (qn.is_null() ? t->name : vm.str_s(qn)) + "(";
  // An instance met again inside its own repr shows as "...", as CPython's
  // reprlib.recursive_repr makes it.
  static std::vector<Object*> active;
  Object* me = self.is_obj() ? self.as_obj() : nullptr;
  if (std::find(active.begin(), active.end(), me) != active.end()) return vm.str("...").release();
  active.push_back(me);
  struct Leave { ~Leave() { active.pop_back(); } } leave;
  bool first = true;
  FrameDepth depth(vm);
  try {
    for (DcField& f : info->fields) {
      if (!f.repr || f.init_var) continue;
      Ref v = vm.getattr(self, f.name);
      s += (first ? "" : ", ") + as_str(f.name)->str() + "=" + vm.repr_s(v.get());
      first = false;
    }
  } catch (PyException& e) {
    dc_add_traceback(vm, e.exc, "__repr__", kBodyLine);
    throw;
  }
  return vm.str(s + ")").release();
}

// The tuple of the compared fields of `obj`.
Ref compared_fields(VM& vm, DcInfo* info, Value obj, bool for_hash) {
  std::vector<Ref> held;
  std::vector<Value> items;
  for (DcField& f : info->fields) {
    if (f.init_var || (for_hash ? !f.hash : !f.compare)) continue;
    held.push_back(vm.getattr(obj, f.name));
    items.push_back(held.back().get());
  }
  return vm.new_tuple(items.data(), items.size());
}

// Compares the field tuples of two instances of the very same class; other
// operands get NotImplemented, so Python tries the reflected method.
Value compare_as_tuples(VM& vm, CallArgs& a, CmpOp op, const char* method) {
  DcInfo* info = info_of(a);
  if (a.n != 3) vm.type_error(info->qualname + "." + method + "() takes 2 positional arguments but " +
                              std::to_string(a.n - 1) + " were given");
  if (vm.type_of(a[1]) != vm.type_of(a[2])) {
    incref(vm.not_implemented);
    return vm.not_implemented;
  }
  FrameDepth depth(vm);
  try {
    Ref mine = compared_fields(vm, info, a[1], false), theirs = compared_fields(vm, info, a[2], false);
    return vm.compare(mine.get(), theirs.get(), op).release();
  } catch (PyException& e) {
    dc_add_traceback(vm, e.exc, method, kBodyLine + 1);
    throw;
  }
}

Value dc_eq(VM& vm, CallArgs& a) { return compare_as_tuples(vm, a, C_EQ, "__eq__"); }
Value dc_lt(VM& vm, CallArgs& a) { return compare_as_tuples(vm, a, C_LT, "__lt__"); }
Value dc_le(VM& vm, CallArgs& a) { return compare_as_tuples(vm, a, C_LE, "__le__"); }
Value dc_gt(VM& vm, CallArgs& a) { return compare_as_tuples(vm, a, C_GT, "__gt__"); }
Value dc_ge(VM& vm, CallArgs& a) { return compare_as_tuples(vm, a, C_GE, "__ge__"); }

// hash() of the tuple of the hashed fields.
Value dc_hash(VM& vm, CallArgs& a) {
  DcInfo* info = info_of(a);
  Value self = self_of(vm, a, "__hash__");
  FrameDepth depth(vm);
  try {
    Ref t = compared_fields(vm, info, self, true);
    return vm.from_int64(vm.hash(t.get())).release();
  } catch (PyException& e) {
    dc_add_traceback(vm, e.exc, "__hash__", kBodyLine);
    throw;
  }
}

bool is_field_name(DcInfo* info, Value name) {
  if (!name.is_obj() || name.as_obj()->type->layout != Layout::Str) return false;
  for (DcField& f : info->fields)
    if (as_str(f.name)->view() == as_str(name)->view()) return true;
  return false;
}

// A frozen class refuses assignment to its fields (and to anything on an
// instance of exactly the class); a subclass may set its own attributes.
[[noreturn]] void refuse(VM& vm, Value name, const char* verb, const char* method) {
  Type* err = static_cast<Type*>(dc_module_value(vm, "FrozenInstanceError").as_obj());
  Ref e = vm.new_exception(err, std::string("cannot ") + verb + " field " + vm.repr_s(name));
  dc_add_traceback(vm, e.get(), method, kBodyLine + 1);
  vm.raise_value(e.get());
}

Value dc_frozen_setattr(VM& vm, CallArgs& a) {
  DcInfo* info = info_of(a);
  check_args(vm, "__setattr__", a, 4, 4);
  if (Value::obj(vm.type_of(a[1])) == info->cls || is_field_name(info, a[2])) refuse(vm, a[2], "assign to", "__setattr__");
  dict_set(vm, static_cast<Instance*>(a[1].as_obj())->attrs, a[2], a[3]);
  return Value::none();
}

Value dc_frozen_delattr(VM& vm, CallArgs& a) {
  DcInfo* info = info_of(a);
  check_args(vm, "__delattr__", a, 3, 3);
  if (Value::obj(vm.type_of(a[1])) == info->cls || is_field_name(info, a[2])) refuse(vm, a[2], "delete", "__delattr__");
  if (!dict_del(vm, static_cast<Instance*>(a[1].as_obj())->attrs, a[2]))
    vm.raise(vm.e_attribute, "'" + vm.type_of(a[1])->name + "' object has no attribute '" + vm.str_s(a[2]) + "'");
  return Value::none();
}

bool own(VM& vm, Type* cls, const char* name) { return !dict_get(vm, cls->dict, vm.intern(name)).is_null(); }

void put(VM& vm, Type* cls, const Ref& info, const char* name, NativeFn fn) {
  Ref f = vm.new_native(name, fn);
  f.as<NativeFunction>()->self = Ref(info).release();
  dict_set(vm, cls->dict, vm.intern(name), f.get());
}

// A method the class must not define itself (order methods, frozen setattr).
void put_new(VM& vm, Type* cls, const Ref& info, const char* name, NativeFn fn, const char* advice) {
  if (own(vm, cls, name)) vm.type_error("Cannot overwrite attribute " + std::string(name) + " in class " + cls->name + advice);
  put(vm, cls, info, name, fn);
}

}  // namespace

void dc_install_methods(VM& vm, Type* cls, Ref info, const DcParams& p) {
  if (p.init && !own(vm, cls, "__init__")) {
    Ref f = vm.new_native_co("__init__", dc_init);
    f.as<NativeFunction>()->self = Ref(info).release();
    dict_set(vm, cls->dict, vm.intern("__init__"), f.get());
  }
  if (p.repr && !own(vm, cls, "__repr__")) put(vm, cls, info, "__repr__", dc_repr);
  if (p.eq && !own(vm, cls, "__eq__")) put(vm, cls, info, "__eq__", dc_eq);
  if (p.order) {
    const char* advice = ". Consider using functools.total_ordering";
    put_new(vm, cls, info, "__lt__", dc_lt, advice);
    put_new(vm, cls, info, "__le__", dc_le, advice);
    put_new(vm, cls, info, "__gt__", dc_gt, advice);
    put_new(vm, cls, info, "__ge__", dc_ge, advice);
  }
  if (p.frozen) {
    put_new(vm, cls, info, "__setattr__", dc_frozen_setattr, "");
    put_new(vm, cls, info, "__delattr__", dc_frozen_delattr, "");
  }
  // __hash__: generated for frozen classes that compare (or on request),
  // None for classes that compare but can change, unless the class has its own.
  Value own_hash = dict_get(vm, cls->dict, vm.intern("__hash__"));
  bool explicit_hash = !own_hash.is_null() && !(own_hash.is_none() && own(vm, cls, "__eq__"));
  if (p.unsafe_hash) {
    if (explicit_hash) vm.type_error("Cannot overwrite attribute __hash__ in class " + cls->name);
    put(vm, cls, info, "__hash__", dc_hash);
  } else if (p.eq && p.frozen && !explicit_hash) {
    put(vm, cls, info, "__hash__", dc_hash);
  } else if (p.eq && !p.frozen && !explicit_hash) {
    dict_set(vm, cls->dict, vm.intern("__hash__"), Value::none());
  }
}

}  // namespace yl
