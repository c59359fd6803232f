// The sys module: the standard streams, the recursion limit, sizes from the
// heap's own accounting (getsizeof), exit() and the facts a program may
// print about the interpreter (it presents itself as CPython 3.11.7 on Linux,
// so programs print what the recorded CPython printed).
#include <cfloat>
#include "../objects/collections_ops.h"
#include "files.h"
#include "module.h"
#include "num_args.h"

namespace yl {

namespace {

void one_arg(VM& vm, CallArgs& a, const char* name) {
  if (a.nkw()) vm.type_error(std::string(name) + "() takes no keyword arguments");
  if (a.n != 1) vm.type_error(std::string(name) + "() takes exactly one argument (" + std::to_string(a.n) + " given)");
}

Value s_getrecursionlimit(VM& vm, CallArgs& a) {
  if (a.n || a.nkw()) vm.type_error("getrecursionlimit() takes no arguments (" + std::to_string(a.n) + " given)");
  return Value::small(vm.recursion_limit);
}

Value s_setrecursionlimit(VM& vm, CallArgs& a) {
  one_arg(vm, a, "setrecursionlimit");
  if (a[0].is_float()) vm.type_error("'float' object cannot be interpreted as an integer");
  num::BigInt n = arg_bigint(vm, a[0]);
  if (n < num::BigInt(1)) vm.raise(vm.e_value, "recursion limit must be greater or equal than 1");
  if (n > num::BigInt(INT32_MAX)) vm.raise(vm.e_overflow, "Python int too large to convert to C int");
  int limit = int(n.to_int64());
  if (limit <= vm.depth)
    vm.raise(vm.e_recursion, "cannot set the recursion limit to " + std::to_string(limit) +
                                 " at the recursion depth " + std::to_string(vm.depth) + ": the limit is too low");
  vm.recursion_limit = limit;
  return Value::none();
}

// The bytes the heap accounts to the object: itself plus the buffers it
// owns. Values stored inline (small ints, floats, None, bools) take the
// 8 bytes of their slot.
Value s_getsizeof(VM& vm, CallArgs& a) {
  if (a.nkw()) vm.type_error("getsizeof() takes no keyword arguments");
  if (a.n < 1 || a.n > 2) vm.type_error("getsizeof() takes at most 2 arguments (" + std::to_string(a.n) + " given)");
  Value v = a[0];
  if (!v.is_obj()) return Value::small(int64_t(sizeof(Value)));
  Type* t = vm.type_of(v);
  if (!t->builtin) {
    Ref m = vm.lookup_type(t, vm.intern("__sizeof__"));
    if (!m.is_null() && m.get().is_obj() && m.get().as_obj()->type == vm.t_function) {
      Ref r = vm.call_sync(m.get(), {v});
      if (!vm.is_int(r.get())) vm.type_error("an integer is required");
      if (vm.truthy(vm.compare(r.get(), Value::small(0), C_LT).get())) vm.raise(vm.e_value, "__sizeof__() should return >= 0");
      return r.release();
    }
  }
  Object* o = v.as_obj();
  return vm.from_int64(int64_t(o->alloc_size + o->owned_bytes())).release();
}

Value s_exit(VM& vm, CallArgs& a) {
  if (a.nkw()) vm.type_error("exit() takes no keyword arguments");
  if (a.n > 1) vm.type_error("exit expected at most 1 argument, got " + std::to_string(a.n));
  Ref exc = vm.call_sync(Value::obj(vm.e_system_exit), a.args, a.n);
  vm.raise_value(exc.get());
}

Value s_getdefaultencoding(VM& vm, CallArgs& a) {
  if (a.n || a.nkw()) vm.type_error("getdefaultencoding() takes no arguments (" + std::to_string(a.n) + " given)");
  return vm.str("utf-8").release();
}

// A tuple whose fields are also attributes, like CPython's struct sequences
// (sys.version_info.major, sys.float_info.max).
Value p_field(VM& vm, CallArgs& a);
struct Field { const char* name; Value value; };

Ref struct_seq(VM& vm, const char* type_name, std::initializer_list<Field> fields) {
  Type* t = vm.new_builtin_type(type_name, Layout::Tuple, vm.t_tuple);
  Ref type_ref(t);
  std::vector<Value> values;
  int64_t i = 0;
  for (const Field& f : fields) {
    // Each attribute is a property reading item i of the tuple.
    Ref getter = vm.new_native(f.name, p_field, type_name);
    getter.as<NativeFunction>()->self = Value::small(i++);
    Ref prop(make<Wrapper>(vm.t_property, getter.get()));
    dict_set(vm, t->dict, vm.intern(f.name), prop.get());
    values.push_back(f.value);
  }
  Ref tup = vm.new_tuple(values.data(), values.size());
  for (Value& v : values) decref(v);
  // The tuple takes the struct type; the type lives as long as the VM.
  tup.as<Object>()->type = t;
  type_ref.release();
  return tup;
}
// The getter's bound self is the field index; the tuple comes after it.
Value p_field(VM& vm, CallArgs& a) {
  if (a.n != 2 || !a[1].is_obj() || vm.type_of(a[1])->layout != Layout::Tuple) vm.type_error("bad struct sequence access");
  Tuple* t = as_tuple(a[1]);
  int64_t i = a[0].as_int();
  return Ref::borrow(t->items[i]).release();
}

Value main_filename(VM& vm) {
  for (Frame* f = vm.current; f; f = f->parent) {
    if (f->kind != FrameKind::Python) continue;
    auto* pf = static_cast<PyFrame*>(f);
    if (pf->globals == vm.main_globals && (pf->code->flags & Code::kModule)) return vm.str(pf->code->filename).release();
  }
  return vm.str("").release();
}

}  // namespace

Ref make_sys(VM& vm) {
  Ref mod = new_module(vm, "sys");
  Value m = mod.get();
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"getrecursionlimit", s_getrecursionlimit}, {"setrecursionlimit", s_setrecursionlimit},
           {"getsizeof", s_getsizeof}, {"exit", s_exit}, {"getdefaultencoding", s_getdefaultencoding}})
    module_def(vm, m, name, fn);
  Ref out = new_stream(vm, FileObj::Stdout), err = new_stream(vm, FileObj::Stderr), in = new_stream(vm, FileObj::Stdin);
  module_set(vm, m, "stdout", out.get());
  module_set(vm, m, "stderr", err.get());
  module_set(vm, m, "stdin", in.get());
  module_set(vm, m, "__stdout__", out.get());
  module_set(vm, m, "__stderr__", err.get());
  module_set(vm, m, "__stdin__", in.get());
  module_set(vm, m, "maxsize", vm.from_int64(INT64_MAX).get());
  module_set(vm, m, "maxunicode", Value::small(0x10FFFF));
  module_set(vm, m, "byteorder", vm.intern("little"));
  module_set(vm, m, "platform", vm.intern("linux"));
  module_set(vm, m, "version", vm.intern("3.11.7 (yieldlab)"));
  module_set(vm, m, "modules", Value::obj(vm.modules));
  module_set(vm, m, "path", vm.new_list().get());
  module_set(vm, m, "executable", vm.intern(""));
  Ref argv = vm.new_list();
  Ref file = Ref::steal(main_filename(vm));
  list_append(argv.as<List>(), file.get());
  module_set(vm, m, "argv", argv.get());
  module_set(vm, m, "version_info", struct_seq(vm, "sys.version_info", {
      {"major", Value::small(3)}, {"minor", Value::small(11)}, {"micro", Value::small(7)},
      {"releaselevel", vm.str("final").release()}, {"serial", Value::small(0)}}).get());
  module_set(vm, m, "float_info", struct_seq(vm, "sys.float_info", {
      {"max", Value::flt(DBL_MAX)}, {"max_exp", Value::small(DBL_MAX_EXP)}, {"max_10_exp", Value::small(DBL_MAX_10_EXP)},
      {"min", Value::flt(DBL_MIN)}, {"min_exp", Value::small(DBL_MIN_EXP)}, {"min_10_exp", Value::small(DBL_MIN_10_EXP)},
      {"dig", Value::small(DBL_DIG)}, {"mant_dig", Value::small(DBL_MANT_DIG)}, {"epsilon", Value::flt(DBL_EPSILON)},
      {"radix", Value::small(FLT_RADIX)}, {"rounds", Value::small(1)}}).get());
  return mod;
}

}  // namespace yl
