#include "os_error.h"
#include "collections_ops.h"

namespace yl {

namespace {
// OSError(errno, strerror[, filename[, winerror[, filename2]]]).
bool errno_form(Tuple* args) { return args->size >= 2 && args->size <= 5; }
}  // namespace

Ref os_error_attr(VM& vm, ExceptionObj* e, std::string_view name) {
  Tuple* a = as_tuple(e->args);
  if (name == "errno") return Ref::borrow(errno_form(a) ? a->items[0] : Value::none());
  if (name == "strerror") return Ref::borrow(errno_form(a) ? a->items[1] : Value::none());
  if (name == "filename") return Ref::borrow(errno_form(a) && a->size >= 3 ? a->items[2] : Value::none());
  if (name == "filename2") return Ref::borrow(errno_form(a) && a->size == 5 ? a->items[4] : Value::none());
  (void)vm;
  return Ref();
}

bool os_error_str(VM& vm, ExceptionObj* e, std::string* out) {
  Ref err = vm.getattr(Value::obj(e), vm.intern("errno"));
  Ref msg = vm.getattr(Value::obj(e), vm.intern("strerror"));
  Ref file = vm.getattr(Value::obj(e), vm.intern("filename"));
  Ref file2 = vm.getattr(Value::obj(e), vm.intern("filename2"));
  if (err.get().is_none() && msg.get().is_none()) return false;
  *out = "[Errno " + vm.str_s(err.get()) + "] " + vm.str_s(msg.get());
  if (!file.get().is_none()) *out += ": " + vm.repr_s(file.get());
  if (!file.get().is_none() && !file2.get().is_none()) *out += " -> " + vm.repr_s(file2.get());
  return true;
}

Type* os_error_type_for(VM& vm, int64_t err) {
  const char* name = err == kENOENT ? "FileNotFoundError" : err == kEEXIST ? "FileExistsError"
                   : err == kEISDIR ? "IsADirectoryError" : err == kENOTDIR ? "NotADirectoryError" : "OSError";
  Value t = dict_get(vm, vm.builtins, vm.intern(name));
  return t.is_null() ? vm.e_os : static_cast<Type*>(t.as_obj());
}

Type* os_error_construct_type(VM& vm, Type* cls, const Value* args, size_t n) {
  if (cls != vm.e_os || n < 2 || n > 5 || !args[0].is_int()) return cls;
  return os_error_type_for(vm, args[0].as_int());
}

void raise_os_error(VM& vm, int err, Value filename, Value filename2) {
  Type* type = os_error_type_for(vm, err);
  Ref msg = vm.str(fs_strerror(err));
  Value items[2] = {Value::small(err), msg.get()};
  Ref exc = vm.new_exception(type, "");
  auto* e = exc.as<ExceptionObj>();
  Value old = e->args;
  e->args = vm.new_tuple(items, 2).release();
  decref(old);
  if (!filename.is_null()) dict_set(vm, e->attrs, vm.intern("filename"), filename);
  if (!filename2.is_null()) dict_set(vm, e->attrs, vm.intern("filename2"), filename2);
  vm.raise_value(exc.get());
}

}  // namespace yl
