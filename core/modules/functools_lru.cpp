// functools.lru_cache and functools.cache. The wrapper calls the wrapped
// function through the frame stack (its __call__ is a coroutine native), so
// memoized recursion never recurses on the C++ stack and the VM can pause
// inside it; each level costs two units of the recursion limit, as in CPython. The cache is a dict kept
// in recency order (a hit moves its entry to the end, the first entry is
// the one evicted), keyed the way functools._make_key builds keys.
#include "../objects/collections_ops.h"
#include "collections.h"  // is_callable
#include "functools_parts.h"
#include "params.h"

namespace yl {

namespace {

struct LruWrapper : Instance {
  Value func;          // owned: the wrapped callable
  Value typed;         // owned: the `typed` argument as given
  Dict* cache;         // owned
  Type* info_type;     // owned: CacheInfo
  int64_t maxsize;     // -1: unbounded (None)
  int64_t hits = 0, misses = 0;
  LruWrapper(Type* t, Value f, int64_t max, Value ty, Dict* c, Type* info)
      : Instance(t), func(f), typed(ty), cache(c), info_type(info), maxsize(max) {
    incref(f); incref(ty); incref(info);
  }
  ~LruWrapper() override { decref(func); decref(typed); xdecref(cache); decref(info_type); }
  void traverse(Visitor& v) override {
    Instance::traverse(v);
    v.visit(func); v.visit(typed);
    if (cache) v.visit(Value::obj(cache));
  }
  void clear() override {
    Instance::clear();
    set_field_none(func); set_field_none(typed);
    Dict* c = cache; cache = nullptr; xdecref(c);
  }
  static void set_field_none(Value& f) { Value old = f; f = Value::none(); decref(old); }
};

// One unit of the recursion limit, held while the wrapped function runs.
struct DepthHold {
  VM& vm;
  explicit DepthHold(VM& v) : vm(v) { ++vm.depth; }
  ~DepthHold() { --vm.depth; }
  DepthHold(const DepthHold&) = delete;
  DepthHold& operator=(const DepthHold&) = delete;
};

LruWrapper* self_wrapper(VM& vm, CallArgs& a, const char* what) {
  LruWrapper* w = a.n && a[0].is_obj() ? dynamic_cast<LruWrapper*>(a[0].as_obj()) : nullptr;
  if (!w || !w->cache) vm.type_error(std::string("descriptor '") + what + "' requires a 'functools._lru_cache_wrapper' object");
  return w;
}

// functools._make_key: the positional arguments, then a marker and the
// keyword names and values, then (typed) the types of all values. One
// positional str or int argument is its own key.
Ref make_key(VM& vm, LruWrapper* w, CallArgs& a) {
  size_t npos = a.n - 1;
  bool typed = vm.truthy(w->typed);
  if (!typed && a.nkw() == 0) {
    if (npos == 1) {
      Type* t = vm.type_of(a[1]);
      if (t == vm.t_str || t == vm.t_int) return Ref::borrow(a[1]);
    }
    return vm.new_tuple(a.args + 1, npos);
  }
  std::vector<Value> key(a.args + 1, a.args + a.n);
  if (a.nkw()) {
    key.push_back(Value::obj(w->type));  // the marker: no argument can be the wrapper's type by accident
    for (size_t i = 0; i < a.nkw(); ++i) { key.push_back(a.kwnames->items[i]); key.push_back(a.kwvals[i]); }
  }
  if (typed) {
    for (size_t i = 1; i < a.n; ++i) key.push_back(Value::obj(vm.type_of(a[i])));
    for (size_t i = 0; i < a.nkw(); ++i) key.push_back(Value::obj(vm.type_of(a.kwvals[i])));
  }
  return vm.new_tuple(key.data(), key.size());
}

Task lru_call(VM& vm, CallArgs& a) {
  LruWrapper* w = self_wrapper(vm, a, "__call__");
  Ref keep = Ref::borrow(a[0]);
  // Owned copies of the arguments, for the call after the first suspension.
  std::vector<Value> flat(a.args + 1, a.args + a.n + a.nkw());
  Ref values = vm.new_tuple(flat.data(), flat.size());
  Ref kwnames = a.nkw() ? Ref::borrow(Value::obj(a.kwnames)) : Ref();
  Ref key = w->maxsize == 0 ? Ref() : make_key(vm, w, a);
  if (!key.is_null()) {
    Value hit = dict_get(vm, w->cache, key.get());
    if (!hit.is_null()) {
      ++w->hits;
      Ref result = Ref::borrow(hit);
      if (w->maxsize > 0) {
        // Most recently used goes last.
        dict_del(vm, w->cache, key.get());
        dict_set(vm, w->cache, key.get(), result.get());
      }
      co_return result.release();
    }
  }
  ++w->misses;
  // The wrapper's call counts against the recursion limit, as CPython's C
  // call does: memoized fib(499) fits under the default limit, fib(500) not.
  if (vm.depth >= vm.recursion_limit) vm.raise(vm.e_recursion, "maximum recursion depth exceeded while calling a Python object");
  DepthHold hold(vm);
  Ref func = Ref::borrow(w->func);
  Tuple* vt = values.as<Tuple>();
  CallKwAwait call{{vm, func.get(), std::vector<Value>(vt->items, vt->items + vt->size)},
                   kwnames.is_null() ? nullptr : kwnames.as<Tuple>()};
  Ref result = co_await call;
  if (key.is_null() || !w->cache) co_return result.release();
  if (w->maxsize < 0) {
    dict_set(vm, w->cache, key.get(), result.get());
  } else if (dict_get(vm, w->cache, key.get()).is_null()) {
    // (A recursive call may have cached this key meanwhile: then it stays.)
    if (int64_t(w->cache->used) >= w->maxsize) {
      size_t pos = 0; Value k, v;
      if (dict_next(w->cache, &pos, &k, &v)) {
        Ref oldest = Ref::borrow(k);
        dict_del(vm, w->cache, oldest.get());
      }
    }
    dict_set(vm, w->cache, key.get(), result.get());
  }
  co_return result.release();
}

Value lru_cache_info(VM& vm, CallArgs& a) {
  LruWrapper* w = self_wrapper(vm, a, "cache_info");
  Ref hits = vm.from_int64(w->hits), misses = vm.from_int64(w->misses);
  Ref maxsize = w->maxsize < 0 ? Ref::borrow(Value::none()) : vm.from_int64(w->maxsize);
  Ref size = vm.from_int64(int64_t(w->cache->used));
  Value fields[4] = {hits.get(), misses.get(), maxsize.get(), size.get()};
  Ref info = vm.new_tuple(fields, 4);
  info.as<Object>()->type = w->info_type;  // a CacheInfo, which the module keeps alive
  return info.release();
}

Value lru_cache_clear(VM& vm, CallArgs& a) {
  LruWrapper* w = self_wrapper(vm, a, "cache_clear");
  dict_clear(w->cache);
  w->hits = w->misses = 0;
  return Value::none();
}

Value lru_cache_parameters(VM& vm, CallArgs& a) {
  LruWrapper* w = self_wrapper(vm, a, "cache_parameters");
  Ref d = vm.new_dict();
  Ref maxsize = w->maxsize < 0 ? Ref::borrow(Value::none()) : vm.from_int64(w->maxsize);
  dict_set(vm, d.as<Dict>(), vm.intern("maxsize"), maxsize.get());
  dict_set(vm, d.as<Dict>(), vm.intern("typed"), w->typed);
  return d.release();
}

// A method decorated with lru_cache binds to its instance like a function.
Value lru_get(VM& vm, CallArgs& a) {
  self_wrapper(vm, a, "__get__");
  if (a.n < 2 || a[1].is_none()) return Ref::borrow(a[0]).release();
  return Value::obj(make<BoundMethod>(vm.t_method, a[1], a[0]));
}

// CacheInfo's fields are properties reading the tuple; the bound self is the index.
Value info_field(VM& vm, CallArgs& a) {
  if (a.n != 2 || vm.type_of(a[1])->layout != Layout::Tuple) vm.type_error("descriptor requires a 'CacheInfo' object");
  return Ref::borrow(as_tuple(a[1])->items[a[0].as_int()]).release();
}

const char* const kInfoFields[] = {"hits", "misses", "maxsize", "currsize"};

Value info_repr(VM& vm, CallArgs& a) {
  if (a.n != 1 || vm.type_of(a[0])->layout != Layout::Tuple || as_tuple(a[0])->size != 4)
    vm.type_error("descriptor '__repr__' requires a 'CacheInfo' object");
  Tuple* t = as_tuple(a[0]);
  std::string s = "CacheInfo(";
  for (size_t i = 0; i < 4; ++i) s += std::string(i ? ", " : "") + kInfoFields[i] + "=" + vm.repr_s(t->items[i]);
  return vm.str(s + ")").release();
}

// The types live in the module; lru_cache and its decorators are bound to it.
Type* module_type(VM& vm, Value mod, const char* name) {
  Value t = dict_get_str(static_cast<Module*>(mod.as_obj())->dict, name);
  if (t.is_null() || !vm.isinstance(t, vm.t_type)) vm.raise(vm.e_attribute, std::string("module 'functools' has no attribute '") + name + "'");
  return static_cast<Type*>(t.as_obj());
}

Ref wrap(VM& vm, Value mod, Value func, int64_t maxsize, Value typed) {
  if (!is_callable(vm, func)) vm.type_error("the first argument must be callable");
  Ref cache = vm.new_dict();
  auto* w = make<LruWrapper>(module_type(vm, mod, "_lru_cache_wrapper"), func, maxsize, typed,
                             static_cast<Dict*>(cache.release().as_obj()), module_type(vm, mod, "_CacheInfo"));
  Ref r(w);
  update_wrapper(vm, r.get(), func);
  return r;
}

// The function lru_cache(maxsize, typed) returns; bound self: (module, maxsize, typed).
Value decorating_function(VM& vm, CallArgs& a) {
  Tuple* cfg = as_tuple(a[0]);
  CallArgs rest = after_self(a);
  auto p = bind_params(vm, rest, {"lru_cache.<locals>.decorating_function", {"user_function"}, 1, 1});
  Value max = cfg->items[1];
  return wrap(vm, cfg->items[0], p[0], max.is_none() ? -1 : vm.index_of(max), cfg->items[2]).release();
}

Value lru_cache_fn(VM& vm, CallArgs& a) {
  Value mod = a[0];
  CallArgs rest = after_self(a);
  auto p = bind_params(vm, rest, {"lru_cache", {"maxsize", "typed"}, 0, 2});
  Value maxsize = p[0].is_null() ? Value::small(128) : p[0];
  Value typed = p[1].is_null() ? Value::boolean(false) : p[1];
  Ref size;
  if (vm.is_int(maxsize)) {
    size = vm.from_int64(std::max<int64_t>(0, vm.index_of(maxsize)));
  } else if (is_callable(vm, maxsize) && typed.is_bool()) {
    // @lru_cache without parentheses: the argument is the function.
    return wrap(vm, mod, maxsize, 128, typed).release();
  } else if (!maxsize.is_none()) {
    vm.type_error("Expected first argument to be an integer, a callable, or None");
  } else {
    size = Ref::borrow(Value::none());
  }
  Value cfg[3] = {mod, size.get(), typed};
  Ref f = vm.new_native("decorating_function", decorating_function);
  f.as<NativeFunction>()->self = vm.new_tuple(cfg, 3).release();
  return f.release();
}

Value cache_fn(VM& vm, CallArgs& a) {
  Value mod = a[0];
  CallArgs rest = after_self(a);
  auto p = bind_params(vm, rest, {"cache", {"user_function"}, 1, 1});
  return wrap(vm, mod, p[0], -1, Value::boolean(false)).release();
}

}  // namespace

void install_functools_lru(VM& vm, Value mod) {
  Type* wrapper = vm.new_builtin_type("_lru_cache_wrapper", Layout::Instance, vm.t_object);
  Ref wrapper_ref(wrapper);
  dict_set(vm, wrapper->dict, vm.intern("__module__"), vm.intern("functools"));
  add_method_co(vm, wrapper, "__call__", lru_call);
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"cache_info", lru_cache_info}, {"cache_clear", lru_cache_clear},
           {"cache_parameters", lru_cache_parameters}, {"__get__", lru_get}})
    add_method(vm, wrapper, name, fn);
  module_set(vm, mod, "_lru_cache_wrapper", Value::obj(wrapper));

  Type* info = vm.new_builtin_type("CacheInfo", Layout::Tuple, vm.t_tuple);
  Ref info_ref(info);
  dict_set(vm, info->dict, vm.intern("__module__"), vm.intern("functools"));
  add_method(vm, info, "__repr__", info_repr);
  for (int64_t i = 0; i < 4; ++i) {
    Ref getter = vm.new_native(kInfoFields[i], info_field, "CacheInfo");
    getter.as<NativeFunction>()->self = Value::small(i);
    Ref prop(make<Wrapper>(vm.t_property, getter.get()));
    dict_set(vm, info->dict, vm.intern(kInfoFields[i]), prop.get());
  }
  module_set(vm, mod, "_CacheInfo", Value::obj(info));

  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{{"lru_cache", lru_cache_fn}, {"cache", cache_fn}}) {
    Ref f = vm.new_native(name, fn);
    f.as<NativeFunction>()->self = mod;
    incref(mod);
    module_set(vm, mod, name, f.get());
  }
}

}  // namespace yl
