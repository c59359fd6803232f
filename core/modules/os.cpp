// The os and os.path modules over the VM's in-memory file system. The path
// string functions follow posixpath.py step by step, so edge cases (trailing
// slashes, leading dots, "//") come out as CPython's do.
#include "../objects/collections_ops.h"
#include "../objects/os_error.h"
#include "module.h"
#include "params.h"

namespace yl {

namespace {

// A path argument: str only (no bytes or os.PathLike here).
std::string path_arg(VM& vm, Value v) {
  if (v.is_obj() && vm.type_of(v)->layout == Layout::Str) return as_str(v)->str();
  vm.type_error("expected str, bytes or os.PathLike object, not " + vm.type_of(v)->name);
}

std::vector<Value> args(VM& vm, CallArgs& a, const char* name, std::initializer_list<const char*> names, size_t required) {
  return bind_params(vm, a, {name, names, required, names.size()});
}

Value text(VM& vm, const std::string& s) { return vm.str(s).release(); }
Value pair(VM& vm, const std::string& a, const std::string& b) {
  Ref x = vm.str(a), y = vm.str(b);
  Value items[2] = {x.get(), y.get()};
  return vm.new_tuple(items, 2).release();
}

// ---- posixpath ----
bool all_slashes(const std::string& s) { return s.find_first_not_of('/') == std::string::npos; }

void split_path(const std::string& p, std::string* head, std::string* tail) {
  size_t i = p.rfind('/') == std::string::npos ? 0 : p.rfind('/') + 1;
  *head = p.substr(0, i);
  *tail = p.substr(i);
  if (!head->empty() && !all_slashes(*head)) {
    while (!head->empty() && head->back() == '/') head->pop_back();
  }
}

std::string normpath(const std::string& path) {
  if (path.empty()) return ".";
  int initial = path[0] == '/' ? 1 : 0;
  if (initial && path.compare(0, 2, "//") == 0 && path.compare(0, 3, "///") != 0) initial = 2;
  std::vector<std::string> comps;
  size_t i = 0;
  while (i <= path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string::npos) j = path.size();
    std::string c = path.substr(i, j - i);
    i = j + 1;
    if (c.empty() || c == ".") continue;
    if (c != ".." || (!initial && comps.empty()) || (!comps.empty() && comps.back() == "..")) comps.push_back(c);
    else if (!comps.empty()) comps.pop_back();
  }
  std::string out(size_t(initial), '/');
  for (size_t k = 0; k < comps.size(); ++k) out += (k ? "/" : "") + comps[k];
  return out.empty() ? "." : out;
}

Value p_join(VM& vm, CallArgs& a) {
  if (a.nkw()) vm.type_error("join() takes no keyword arguments");
  if (a.n < 1) vm.type_error("join() missing 1 required positional argument: 'a'");
  for (size_t i = 0; i < a.n; ++i)
    if (!(a[i].is_obj() && vm.type_of(a[i])->layout == Layout::Str))
      vm.type_error("join() argument must be str, bytes, or os.PathLike object, not '" + vm.type_of(a[i])->name + "'");
  std::string path = as_str(a[0])->str();
  for (size_t i = 1; i < a.n; ++i) {
    std::string b = as_str(a[i])->str();
    if (!b.empty() && b[0] == '/') path = b;
    else if (path.empty() || path.back() == '/') path += b;
    else path += "/" + b;
  }
  return text(vm, path);
}
Value p_split(VM& vm, CallArgs& a) {
  std::string head, tail;
  split_path(path_arg(vm, args(vm, a, "split", {"p"}, 1)[0]), &head, &tail);
  return pair(vm, head, tail);
}
Value p_basename(VM& vm, CallArgs& a) {
  std::string head, tail;
  split_path(path_arg(vm, args(vm, a, "basename", {"p"}, 1)[0]), &head, &tail);
  return text(vm, tail);
}
Value p_dirname(VM& vm, CallArgs& a) {
  std::string head, tail;
  split_path(path_arg(vm, args(vm, a, "dirname", {"p"}, 1)[0]), &head, &tail);
  return text(vm, head);
}
Value p_splitext(VM& vm, CallArgs& a) {
  std::string p = path_arg(vm, args(vm, a, "splitext", {"p"}, 1)[0]);
  size_t sep = p.rfind('/'), dot = p.rfind('.');
  long si = sep == std::string::npos ? -1 : long(sep), di = dot == std::string::npos ? -1 : long(dot);
  if (di > si) {
    // Leading dots belong to the name (".bashrc" has no extension).
    for (long k = si + 1; k < di; ++k)
      if (p[size_t(k)] != '.') return pair(vm, p.substr(0, size_t(di)), p.substr(size_t(di)));
  }
  return pair(vm, p, "");
}
Value p_normpath(VM& vm, CallArgs& a) { return text(vm, normpath(path_arg(vm, args(vm, a, "normpath", {"path"}, 1)[0]))); }
Value p_isabs(VM& vm, CallArgs& a) {
  std::string p = path_arg(vm, args(vm, a, "isabs", {"s"}, 1)[0]);
  return Value::boolean(!p.empty() && p[0] == '/');
}
Value p_abspath(VM& vm, CallArgs& a) {
  std::string p = path_arg(vm, args(vm, a, "abspath", {"path"}, 1)[0]);
  if (p.empty() || p[0] != '/') p = vm.fs->cwd + "/" + p;
  return text(vm, normpath(p));
}
Value p_expanduser(VM& vm, CallArgs& a) {
  std::string p = path_arg(vm, args(vm, a, "expanduser", {"path"}, 1)[0]);
  if (p == "~" || p.compare(0, 2, "~/") == 0) p = "/home/user" + p.substr(1);
  return text(vm, p);
}
// exists/isfile/isdir answer False for anything that is not a usable path.
bool probe(VM& vm, CallArgs& a, const char* name, std::string* p) {
  Value v = args(vm, a, name, {"path"}, 1)[0];
  if (!(v.is_obj() && vm.type_of(v)->layout == Layout::Str)) {
    if (vm.is_int(v)) return false;  // a file descriptor: none are open here
    path_arg(vm, v);
  }
  *p = as_str(v)->str();
  return true;
}
Value p_exists(VM& vm, CallArgs& a) { std::string p; return Value::boolean(probe(vm, a, "exists", &p) && vm.fs->exists(p)); }
Value p_isfile(VM& vm, CallArgs& a) { std::string p; return Value::boolean(probe(vm, a, "isfile", &p) && vm.fs->is_file(p)); }
Value p_isdir(VM& vm, CallArgs& a) { std::string p; return Value::boolean(probe(vm, a, "isdir", &p) && vm.fs->is_dir(p)); }
Value p_getsize(VM& vm, CallArgs& a) {
  Value v = args(vm, a, "getsize", {"filename"}, 1)[0];
  std::string p = path_arg(vm, v);
  if (vm.fs->is_dir(p)) return Value::small(4096);
  const std::string* data = vm.fs->content(p);
  if (!data) raise_os_error(vm, kENOENT, v);
  return vm.from_int64(int64_t(data->size())).release();
}

// ---- os ----
Value o_getcwd(VM& vm, CallArgs& a) { args(vm, a, "getcwd", {}, 0); return text(vm, vm.fs->cwd); }
Value o_chdir(VM& vm, CallArgs& a) {
  Value v = args(vm, a, "chdir", {"path"}, 1)[0];
  if (int err = vm.fs->chdir(path_arg(vm, v))) raise_os_error(vm, err, v);
  return Value::none();
}
Value o_listdir(VM& vm, CallArgs& a) {
  Value v = args(vm, a, "listdir", {"path"}, 0)[0];
  std::string p = v.is_null() || v.is_none() ? "." : path_arg(vm, v);
  std::vector<std::string> names;
  if (int err = vm.fs->listdir(p, &names)) raise_os_error(vm, err, v.is_null() ? vm.intern(".") : v);
  Ref out = vm.new_list();
  for (auto& n : names) { Ref s = vm.str(n); list_append(out.as<List>(), s.get()); }
  return out.release();
}
Value o_remove(VM& vm, CallArgs& a) {
  Value v = args(vm, a, "remove", {"path"}, 1)[0];
  if (int err = vm.fs->remove(path_arg(vm, v))) raise_os_error(vm, err, v);
  return Value::none();
}
Value o_rename(VM& vm, CallArgs& a) {
  auto p = args(vm, a, "rename", {"src", "dst"}, 2);
  if (int err = vm.fs->rename(path_arg(vm, p[0]), path_arg(vm, p[1])))
    raise_os_error(vm, err, p[0], p[1]);
  return Value::none();
}
Value o_mkdir(VM& vm, CallArgs& a) {
  Value v = args(vm, a, "mkdir", {"path", "mode"}, 1)[0];
  if (int err = vm.fs->mkdir(path_arg(vm, v))) raise_os_error(vm, err, v);
  return Value::none();
}
Value o_makedirs(VM& vm, CallArgs& a) {
  auto p = args(vm, a, "makedirs", {"name", "mode", "exist_ok"}, 1);
  bool exist_ok = !p[2].is_null() && vm.truthy(p[2]);
  if (int err = vm.fs->makedirs(path_arg(vm, p[0]), exist_ok)) raise_os_error(vm, err, p[0]);
  return Value::none();
}
Value o_rmdir(VM& vm, CallArgs& a) {
  Value v = args(vm, a, "rmdir", {"path"}, 1)[0];
  if (int err = vm.fs->rmdir(path_arg(vm, v))) raise_os_error(vm, err, v);
  return Value::none();
}
Value o_getenv(VM& vm, CallArgs& a) {
  auto p = args(vm, a, "getenv", {"key", "default"}, 1);
  Value os = dict_get(vm, vm.modules, vm.intern("os"));
  Value env = os.is_null() ? Value::null() : dict_get(vm, static_cast<Module*>(os.as_obj())->dict, vm.intern("environ"));
  if (!env.is_null()) {
    Ref r = vm.getattr(env, vm.intern("get"));
    Value d = p[1].is_null() ? Value::none() : p[1];
    return vm.call_sync(r.get(), {p[0], d}).release();
  }
  return Ref::borrow(p[1].is_null() ? Value::none() : p[1]).release();
}

Ref make_path(VM& vm) {
  Ref mod = new_module(vm, "posixpath");
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"join", p_join}, {"split", p_split}, {"basename", p_basename}, {"dirname", p_dirname},
           {"splitext", p_splitext}, {"normpath", p_normpath}, {"isabs", p_isabs}, {"abspath", p_abspath},
           {"expanduser", p_expanduser}, {"exists", p_exists}, {"isfile", p_isfile}, {"isdir", p_isdir},
           {"getsize", p_getsize}})
    module_def(vm, mod.get(), name, fn);
  module_set(vm, mod.get(), "sep", vm.intern("/"));
  return mod;
}

}  // namespace

Ref make_os(VM& vm) {
  Ref mod = new_module(vm, "os");
  Value m = mod.get();
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"getcwd", o_getcwd}, {"chdir", o_chdir}, {"listdir", o_listdir}, {"remove", o_remove},
           {"unlink", o_remove}, {"rename", o_rename}, {"replace", o_rename}, {"mkdir", o_mkdir},
           {"makedirs", o_makedirs}, {"rmdir", o_rmdir}, {"getenv", o_getenv}})
    module_def(vm, m, name, fn);
  for (auto [name, value] : std::initializer_list<std::pair<const char*, const char*>>{
           {"sep", "/"}, {"altsep", nullptr}, {"extsep", "."}, {"pathsep", ":"}, {"linesep", "\n"},
           {"curdir", "."}, {"pardir", ".."}, {"name", "posix"}, {"devnull", "/dev/null"}})
    module_set(vm, m, name, value ? vm.intern(value) : Value::none());
  Ref env = vm.new_dict();
  dict_set(vm, env.as<Dict>(), vm.intern("HOME"), vm.intern("/home/user"));
  dict_set(vm, env.as<Dict>(), vm.intern("PATH"), vm.intern("/usr/local/bin:/usr/bin:/bin"));
  module_set(vm, m, "environ", env.get());
  // os.path is a module of its own, also importable as "os.path".
  Ref path = make_path(vm);
  module_set(vm, m, "path", path.get());
  dict_set(vm, vm.modules, vm.intern("os.path"), path.get());
  return mod;
}

// `import os.path` finds the module os made.
Ref make_os_path(VM& vm) {
  Ref os = vm.import_module("os");
  return vm.getattr(os.get(), vm.intern("path"));
}

}  // namespace yl
