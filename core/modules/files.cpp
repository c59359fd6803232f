#include "files.h"
#include "../objects/collections_ops.h"
#include "../objects/os_error.h"
#include "module.h"
#include "params.h"

namespace yl {

FileObj::~FileObj() {
  if (writer) fs->close_writer(writer);
  decref(name);
}

namespace {

// ---- reading: from the file's bytes on the MemFS, or from stdin ----

// The bytes a reader reads and its position in them.
struct Source {
  const std::string* data;
  size_t* pos;
};
Source source_of(VM& vm, FileObj* f) {
  if (f->kind == FileObj::Stdin) return {&vm.stdin_text, &vm.stdin_pos};
  static const std::string empty;
  const std::string* d = f->fs->content_at(f->path);
  return {d ? d : &empty, &f->pos};
}

size_t utf8_len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

// Up to `limit` characters (all when negative), stopping after a newline
// when `line`; "\r\n" and "\r" read as "\n" like universal newlines.
std::string read_text(VM& vm, FileObj* f, int64_t limit, bool line) {
  std::string out;
  for (int64_t chars = 0; limit < 0 || chars < limit; ++chars) {
    Source s = source_of(vm, f);
    if (*s.pos >= s.data->size()) break;
    unsigned char c = static_cast<unsigned char>((*s.data)[*s.pos]);
    if (c == '\r' && f->translate) {
      ++*s.pos;
      if (*s.pos < s.data->size() && (*s.data)[*s.pos] == '\n') ++*s.pos;
      out += '\n';
      if (line) break;
      continue;
    }
    size_t n = std::min(utf8_len(c), s.data->size() - *s.pos);
    out.append(*s.data, *s.pos, n);
    *s.pos += n;
    if (line && c == '\n') break;
  }
  return out;
}

// ---- the file object's methods ----

FileObj* self_file(VM& vm, CallArgs& a, const char* method) {
  FileObj* f = a.n && a[0].is_obj() ? dynamic_cast<FileObj*>(a[0].as_obj()) : nullptr;
  if (!f) vm.type_error(std::string("descriptor '") + method + "' requires a '_io.TextIOWrapper' object");
  return f;
}
void check_open(VM& vm, FileObj* f) {
  if (f->closed) vm.raise(vm.e_value, "I/O operation on closed file.");
}
FileObj* for_reading(VM& vm, CallArgs& a, const char* method) {
  FileObj* f = self_file(vm, a, method);
  check_open(vm, f);
  if (!f->readable) vm.raise(vm.e_unsupported, "not readable");
  if (f->writer) f->fs->flush(f->writer);  // '+' modes read what they wrote
  return f;
}
FileObj* for_writing(VM& vm, CallArgs& a, const char* method) {
  FileObj* f = self_file(vm, a, method);
  check_open(vm, f);
  if (!f->writable) vm.raise(vm.e_unsupported, "not writable");
  return f;
}

std::vector<Value> method_params(VM& vm, CallArgs& a, const char* qualname, std::initializer_list<const char*> names) {
  return bind_params(vm, a, {qualname, names, 0, names.size(), true});
}

// A size argument: None or negative means "no limit".
int64_t size_arg(VM& vm, Value v) {
  if (v.is_null() || v.is_none()) return -1;
  if (!vm.is_int(v)) vm.type_error("argument should be integer or None, not '" + vm.type_of(v)->name + "'");
  return vm.index_of(v);
}

void emit(VM& vm, FileObj* f, std::string_view text) {
  switch (f->kind) {
    case FileObj::Stdout: vm.write_out(text); break;
    case FileObj::Stderr: vm.write_out(text, true); break;
    default: f->fs->buffer(f->writer, std::string(text)); break;
  }
}

Value f_read(VM& vm, CallArgs& a) {
  FileObj* f = for_reading(vm, a, "read");
  auto p = method_params(vm, a, "read", {"size"});
  return vm.str(read_text(vm, f, size_arg(vm, p[0]), false)).release();
}
Value f_readline(VM& vm, CallArgs& a) {
  FileObj* f = for_reading(vm, a, "readline");
  auto p = method_params(vm, a, "readline", {"size"});
  return vm.str(read_text(vm, f, size_arg(vm, p[0]), true)).release();
}
Value f_readlines(VM& vm, CallArgs& a) {
  FileObj* f = for_reading(vm, a, "readlines");
  auto p = method_params(vm, a, "readlines", {"hint"});
  int64_t hint = size_arg(vm, p[0]), total = 0;
  Ref out = vm.new_list();
  for (;;) {
    std::string line = read_text(vm, f, -1, true);
    if (line.empty()) break;
    Ref s = vm.str(line);
    list_append(out.as<List>(), s.get());
    total += int64_t(as_str(s.get())->cp_len);
    if (hint > 0 && total >= hint) break;
  }
  return out.release();
}
Value f_next(VM& vm, CallArgs& a) {
  FileObj* f = for_reading(vm, a, "__next__");
  std::string line = read_text(vm, f, -1, true);
  if (line.empty()) vm.raise(vm.e_stop, "");
  return vm.str(line).release();
}
Value f_iter(VM& vm, CallArgs& a) {
  check_open(vm, self_file(vm, a, "__iter__"));
  incref(a[0]);
  return a[0];
}
Value f_write(VM& vm, CallArgs& a) {
  FileObj* f = for_writing(vm, a, "write");
  if (a.n != 2) vm.type_error("write() takes exactly one argument (" + std::to_string(a.n - 1) + " given)");
  if (!(a[1].is_obj() && vm.type_of(a[1])->layout == Layout::Str))
    vm.type_error("write() argument must be str, not " + vm.type_of(a[1])->name);
  emit(vm, f, as_str(a[1])->view());
  return vm.from_int64(int64_t(as_str(a[1])->cp_len)).release();
}
// writelines(lines): the lines may come from a generator.
Task f_writelines(VM& vm, CallArgs& a) {
  for_writing(vm, a, "writelines");
  if (a.n != 2) vm.type_error("writelines() takes exactly one argument (" + std::to_string(a.n - 1) + " given)");
  Ref self = Ref::borrow(a[0]);
  Ref it = vm.get_iter(a[1]);
  for (;;) {
    Ref line = co_await vm.next(it.get());
    if (line.is_null()) break;
    auto* f = static_cast<FileObj*>(self.get().as_obj());
    check_open(vm, f);
    if (!(line.get().is_obj() && vm.type_of(line.get())->layout == Layout::Str))
      vm.type_error("write() argument must be str, not " + vm.type_of(line.get())->name);
    emit(vm, f, as_str(line.get())->view());
  }
  co_return Value::none();
}
Value f_flush(VM& vm, CallArgs& a) {
  FileObj* f = self_file(vm, a, "flush");
  check_open(vm, f);
  if (f->writer) f->fs->flush(f->writer);
  return Value::none();
}
Value f_close(VM& vm, CallArgs& a) {
  FileObj* f = self_file(vm, a, "close");
  if (f->writer) { f->fs->close_writer(f->writer); f->writer = 0; }
  f->closed = true;
  return Value::none();
}
Value f_enter(VM& vm, CallArgs& a) {
  check_open(vm, self_file(vm, a, "__enter__"));
  incref(a[0]);
  return a[0];
}
Value f_exit(VM& vm, CallArgs& a) { f_close(vm, a); return Value::none(); }
Value f_readable(VM& vm, CallArgs& a) { FileObj* f = self_file(vm, a, "readable"); check_open(vm, f); return Value::boolean(f->readable); }
Value f_writable(VM& vm, CallArgs& a) { FileObj* f = self_file(vm, a, "writable"); check_open(vm, f); return Value::boolean(f->writable); }
Value f_seekable(VM& vm, CallArgs& a) { FileObj* f = self_file(vm, a, "seekable"); check_open(vm, f); return Value::boolean(f->kind == FileObj::Disk); }
Value f_isatty(VM& vm, CallArgs& a) { check_open(vm, self_file(vm, a, "isatty")); return Value::boolean(false); }
Value f_tell(VM& vm, CallArgs& a) {
  FileObj* f = self_file(vm, a, "tell");
  check_open(vm, f);
  if (f->kind != FileObj::Disk) vm.raise(vm.e_unsupported, "underlying stream is not seekable");
  if (f->writer) f->fs->flush(f->writer);
  const std::string* d = f->fs->content_at(f->path);
  return vm.from_int64(int64_t(f->readable ? f->pos : d ? d->size() : 0)).release();
}
Value f_seek(VM& vm, CallArgs& a) {
  FileObj* f = self_file(vm, a, "seek");
  check_open(vm, f);
  if (f->kind != FileObj::Disk) vm.raise(vm.e_unsupported, "underlying stream is not seekable");
  auto p = bind_params(vm, a, {"seek", {"cookie", "whence"}, 1, 2, true});
  int64_t off = vm.index_of(p[0]), whence = p[1].is_null() ? 0 : vm.index_of(p[1]);
  if (f->writer) f->fs->flush(f->writer);
  const std::string* d = f->fs->content_at(f->path);
  size_t size = d ? d->size() : 0;
  if (whence == 0) {
    if (off < 0) vm.raise(vm.e_value, "negative seek position " + std::to_string(off));
    f->pos = size_t(off);
  } else if (whence == 1 || whence == 2) {
    if (off != 0) vm.raise(vm.e_unsupported, whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
    if (whence == 2) f->pos = size;
  } else {
    vm.raise(vm.e_value, "invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  }
  return vm.from_int64(int64_t(f->pos)).release();
}
Value f_fileno(VM& vm, CallArgs& a) {
  FileObj* f = self_file(vm, a, "fileno");
  check_open(vm, f);
  return Value::small(f->kind == FileObj::Stdin ? 0 : f->kind == FileObj::Stdout ? 1 : f->kind == FileObj::Stderr ? 2 : 3);
}
Value f_repr(VM& vm, CallArgs& a) {
  FileObj* f = self_file(vm, a, "__repr__");
  return vm.str("<_io.TextIOWrapper name=" + vm.repr_s(f->name) + " mode='" + f->mode + "' encoding='" + f->encoding + "'>").release();
}

Value p_closed(VM& vm, CallArgs& a) { return Value::boolean(self_file(vm, a, "closed")->closed); }
Value p_name(VM& vm, CallArgs& a) { return Ref::borrow(self_file(vm, a, "name")->name).release(); }
Value p_mode(VM& vm, CallArgs& a) { return vm.str(self_file(vm, a, "mode")->mode).release(); }
Value p_encoding(VM& vm, CallArgs& a) { return vm.str(self_file(vm, a, "encoding")->encoding).release(); }

// ---- open() ----

struct Mode { bool read = false, write = false, append = false, create = false, plus = false, binary = false; };

Mode parse_mode(VM& vm, const std::string& m) {
  Mode r;
  bool text = false;
  std::string seen;
  for (char c : m) {
    if (std::string("rwaxb+tU").find(c) == std::string::npos || seen.find(c) != std::string::npos)
      vm.raise(vm.e_value, "invalid mode: '" + m + "'");
    seen += c;
    switch (c) {
      case 'r': r.read = true; break;
      case 'w': r.write = true; break;
      case 'a': r.append = true; break;
      case 'x': r.create = true; break;
      case '+': r.plus = true; break;
      case 'b': r.binary = true; break;
      case 't': text = true; break;
      default: break;
    }
  }
  if (text && r.binary) vm.raise(vm.e_value, "can't have text and binary mode at once");
  if (int(r.read) + int(r.write) + int(r.append) + int(r.create) != 1)
    vm.raise(vm.e_value, "must have exactly one of create/read/write/append mode");
  return r;
}

Value b_open(VM& vm, CallArgs& a) {
  auto p = bind_params(vm, a, {"open", {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1, 8});
  Value file = p[0];
  if (!(file.is_obj() && vm.type_of(file)->layout == Layout::Str)) {
    if (vm.is_int(file)) vm.raise(vm.e_os, "[Errno 9] Bad file descriptor");
    vm.type_error("expected str, bytes or os.PathLike object, not " + vm.type_of(file)->name);
  }
  std::string mode = "r";
  if (!p[1].is_null()) {
    if (!(p[1].is_obj() && vm.type_of(p[1])->layout == Layout::Str))
      vm.type_error("open() argument 'mode' must be str, not " + vm.type_of(p[1])->name);
    mode = as_str(p[1])->str();
  }
  Mode m = parse_mode(vm, mode);
  if (m.binary) vm.raise(vm.e_value, "binary mode is not supported; open the file in text mode");
  std::string encoding = "UTF-8";
  if (!p[3].is_null() && !p[3].is_none()) encoding = vm.str_s(p[3]);
  Value newline = p[5];
  bool translate = newline.is_null() || newline.is_none();
  if (!translate) {
    std::string nl = vm.str_s(newline);
    if (nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n") vm.raise(vm.e_value, "illegal newline value: " + nl);
  }

  MemFS& fs = *vm.fs;
  std::string path = as_str(file)->str();
  std::string abs = fs.resolve(path);
  if (fs.is_dir(abs)) raise_os_error(vm, kEISDIR, file);
  bool exists = fs.is_file(abs);
  if (m.read && !exists) raise_os_error(vm, kENOENT, file);
  if (m.create && exists) raise_os_error(vm, kEEXIST, file);
  if (m.write || m.create || (m.append && !exists)) {
    int err = fs.write(abs, "");
    if (err) raise_os_error(vm, err, file);
  }

  auto* f = make<FileObj>(vm.t_file, FileObj::Disk);
  Ref hold(f);
  f->fs = vm.fs;
  f->path = abs;
  f->name = file; incref(file);
  f->mode = mode;
  f->encoding = encoding;
  f->translate = translate;
  f->readable = m.read || m.plus;
  f->writable = !m.read || m.plus;
  if (f->writable) f->writer = fs.open_writer(abs);
  return hold.release();
}

void def_builtin(VM& vm, const char* name, NativeFn fn) {
  dict_set(vm, vm.builtins, vm.intern(name), vm.new_native(name, fn).get());
}

Type* os_subclass(VM& vm, const char* name) {
  Type* t = vm.new_builtin_type(name, Layout::Exception, vm.e_os);
  dict_set(vm, vm.builtins, vm.intern(name), Value::obj(t));
  decref(t);
  return t;
}

}  // namespace

Ref new_stream(VM& vm, FileObj::Kind kind) {
  auto* f = make<FileObj>(vm.t_file, kind);
  Ref hold(f);
  f->name = vm.str(kind == FileObj::Stdin ? "<stdin>" : kind == FileObj::Stdout ? "<stdout>" : "<stderr>").release();
  f->mode = kind == FileObj::Stdin ? "r" : "w";
  f->encoding = "utf-8";
  f->readable = kind == FileObj::Stdin;
  f->writable = !f->readable;
  return hold;
}

void write_to(VM& vm, Value file, std::string_view text) {
  if (file.is_null()) {
    // sys.stdout, which a program may have replaced.
    Value sys = dict_get(vm, vm.modules, vm.intern("sys"));
    Value out = sys.is_null() ? Value::null() : dict_get(vm, static_cast<Module*>(sys.as_obj())->dict, vm.intern("stdout"));
    if (out.is_null()) { vm.write_out(text); return; }
    if (out.is_none()) return;
    file = out;
  }
  auto* f = file.is_obj() ? dynamic_cast<FileObj*>(file.as_obj()) : nullptr;
  if (f) {
    check_open(vm, f);
    if (!f->writable) vm.raise(vm.e_unsupported, "not writable");
    emit(vm, f, text);
    return;
  }
  Ref write = vm.getattr(file, vm.intern("write"));
  Ref s = vm.str(text);
  vm.call_sync(write.get(), {s.get()});
}

void install_files(VM& vm) {
  vm.t_file = vm.new_builtin_type("TextIOWrapper", Layout::File, vm.t_object);
  Type* t = vm.t_file;
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"read", f_read}, {"readline", f_readline}, {"readlines", f_readlines}, {"write", f_write},
           {"flush", f_flush}, {"close", f_close}, {"__enter__", f_enter}, {"__exit__", f_exit},
           {"__iter__", f_iter}, {"__next__", f_next}, {"readable", f_readable}, {"writable", f_writable},
           {"seekable", f_seekable}, {"isatty", f_isatty}, {"tell", f_tell}, {"seek", f_seek},
           {"fileno", f_fileno}, {"__repr__", f_repr}})
    add_method(vm, t, name, fn);
  add_method_co(vm, t, "writelines", f_writelines);
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"closed", p_closed}, {"name", p_name}, {"mode", p_mode}, {"encoding", p_encoding}}) {
    Ref getter = vm.new_native(name, fn, "TextIOWrapper");
    Ref prop(make<Wrapper>(vm.t_property, getter.get()));
    dict_set(vm, t->dict, vm.intern(name), prop.get());
  }
  // io.UnsupportedOperation is an OSError (CPython's is also a ValueError;
  // types here have one base).
  vm.e_unsupported = vm.new_builtin_type("UnsupportedOperation", Layout::Exception, vm.e_os);
  vm.e_unsupported->builtin = false;
  dict_set(vm, vm.e_unsupported->dict, vm.intern("__module__"), vm.intern("io"));
  for (const char* name : {"FileExistsError", "IsADirectoryError", "NotADirectoryError", "PermissionError"})
    os_subclass(vm, name);
  def_builtin(vm, "open", b_open);
}

}  // namespace yl
