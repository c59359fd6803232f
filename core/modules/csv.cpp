// The csv module's everyday part: reader and DictReader (lazy: they pull
// one line at a time from any iterable of strings, an open file or a
// generator), writer and DictWriter (writerow/writerows/writeheader with
// minimal quoting and "\r\n" line ends, as CPython's default dialect).
#include <algorithm>
#include "../objects/collections_ops.h"
#include "module.h"
#include "params.h"

namespace yl {

namespace {

struct Dialect {
  char delimiter = ',', quotechar = '"';
  bool skipinitialspace = false;
  std::string lineterminator = "\r\n";
};

// Reads the dialect keywords; the rest are refused like CPython's.
Dialect dialect_kwargs(VM& vm, CallArgs& a, std::initializer_list<std::string_view> also) {
  Dialect d;
  for (size_t i = 0; i < a.nkw(); ++i) {
    std::string_view k = as_str(a.kwnames->items[i])->view();
    Value v = a.kwvals[i];
    auto one_char = [&](const char* what) {
      if (vm.type_of(v)->layout != Layout::Str || as_str(v)->len != 1)
        vm.type_error(std::string("\"") + what + "\" must be a 1-character string");
      return as_str(v)->data[0];
    };
    if (k == "delimiter") d.delimiter = one_char("delimiter");
    else if (k == "quotechar") d.quotechar = one_char("quotechar");
    else if (k == "skipinitialspace") d.skipinitialspace = vm.truthy(v);
    else if (k == "lineterminator") d.lineterminator = vm.str_s(v);
    else if (std::find(also.begin(), also.end(), k) == also.end())
      vm.type_error("'" + std::string(k) + "' is an invalid keyword argument for this function");
  }
  return d;
}

// ---------------------------------------------------------------- reading

// The fields of one record; a quoted field may continue on the next lines.
Task read_rows(VM& vm, Ref lines, Dialect d) {
  for (;;) {
    Ref line = co_await vm.next(lines.get());
    if (line.is_null()) co_return Value::null();
    if (vm.type_of(line.get())->layout != Layout::Str)
      vm.raise(vm.e_value, "iterator should return strings, not " + vm.type_of(line.get())->name +
                               " (the file should be opened in text mode)");
    std::string text = as_str(line.get())->str();
    Ref row = vm.new_list();
    if (text.find_first_not_of("\r\n") == std::string::npos) { co_yield row.release(); continue; }
    std::string field;
    bool quoted = false, in_quotes = false;
    size_t i = 0;
    auto end_field = [&] {
      Ref f = vm.str(field);
      list_append(row.as<List>(), f.get());
      field.clear();
      quoted = false;
    };
    for (;;) {
      if (i >= text.size()) {
        if (!in_quotes) break;
        // A newline inside quotes: the record goes on in the next line.
        Ref more = co_await vm.next(lines.get());
        if (more.is_null()) vm.raise(vm.e_value, "unexpected end of data");  // CPython: _csv.Error
        text = as_str(more.get())->str();
        i = 0;
        continue;
      }
      char c = text[i++];
      if (in_quotes) {
        if (c == d.quotechar) {
          if (i < text.size() && text[i] == d.quotechar) { field += c; ++i; }
          else in_quotes = false;
        } else {
          field += c;
        }
      } else if (c == d.delimiter) {
        end_field();
        if (d.skipinitialspace) while (i < text.size() && text[i] == ' ') ++i;
      } else if (c == d.quotechar && field.empty() && !quoted) {
        in_quotes = quoted = true;
      } else if (c == '\n' || c == '\r') {
        continue;  // the line's own end
      } else {
        field += c;
      }
    }
    end_field();
    co_yield row.release();
  }
}

Value reader_fn(VM& vm, CallArgs& a) {
  if (a.n < 1) vm.type_error("expected at least 1 argument, got 0");
  Dialect d = dialect_kwargs(vm, a, {});
  return vm.make_native_iter(read_rows(vm, vm.get_iter(a[0]), d), "_csv.reader").release();
}

// DictReader(f, fieldnames=None, restkey=None, restval=None, ...): the first
// row names the fields unless given; blank rows are skipped.
Task read_dicts(VM& vm, Ref rows, Ref fieldnames, Ref restkey, Ref restval) {
  std::vector<Ref> names;
  if (!fieldnames.is_null()) names = vm.collect(fieldnames.get());
  bool have_names = !fieldnames.is_null();
  for (;;) {
    Ref row = co_await vm.next(rows.get());
    if (row.is_null()) co_return Value::null();
    List* r = row.as<List>();
    if (!have_names) { for (Value v : r->items) names.push_back(Ref::borrow(v)); have_names = true; continue; }
    if (r->items.empty()) continue;
    Ref d = vm.new_dict();
    size_t n = std::min(names.size(), r->items.size());
    for (size_t i = 0; i < n; ++i) dict_set(vm, d.as<Dict>(), names[i].get(), r->items[i]);
    if (r->items.size() > names.size()) {
      Ref rest = vm.new_list();
      for (size_t i = names.size(); i < r->items.size(); ++i) list_append(rest.as<List>(), r->items[i]);
      dict_set(vm, d.as<Dict>(), restkey.is_null() ? Value::none() : restkey.get(), rest.get());
    }
    for (size_t i = r->items.size(); i < names.size(); ++i)
      dict_set(vm, d.as<Dict>(), names[i].get(), restval.is_null() ? Value::none() : restval.get());
    co_yield d.release();
  }
}

Value dict_reader_fn(VM& vm, CallArgs& a) {
  if (a.n < 1) vm.type_error("DictReader.__init__() missing 1 required positional argument: 'f'");
  Dialect d = dialect_kwargs(vm, a, {"fieldnames", "restkey", "restval"});
  Value names = a.n > 1 ? a[1] : a.kw("fieldnames");
  auto opt = [](Value v) { return v.is_null() || v.is_none() ? Ref() : Ref::borrow(v); };
  Ref rows = vm.make_native_iter(read_rows(vm, vm.get_iter(a[0]), d), "_csv.reader");
  return vm.make_native_iter(read_dicts(vm, rows, opt(names), opt(a.kw("restkey")), opt(a.kw("restval"))), "DictReader")
      .release();
}

// ---------------------------------------------------------------- writing

struct CsvWriter : Object {
  Value file;          // owned: the object whose write() gets each line
  Value fieldnames;    // owned: DictWriter's field order, else None
  Value restval;       // owned: DictWriter's value for missing keys
  Dialect dialect;
  CsvWriter(Type* t, Value f, Value names, Value rv, Dialect d)
      : Object(t), file(f), fieldnames(names), restval(rv), dialect(std::move(d)) {
    incref(f); incref(names); incref(rv);
  }
  ~CsvWriter() override { decref(file); decref(fieldnames); decref(restval); }
  void traverse(Visitor& v) override { v.visit(file); v.visit(fieldnames); v.visit(restval); }
  void clear() override {
    Value f = file, n = fieldnames, r = restval;
    file = fieldnames = restval = Value::none();
    decref(f); decref(n); decref(r);
  }
};

CsvWriter* self_writer(VM& vm, CallArgs& a, const char* what) {
  CsvWriter* w = a.n && a[0].is_obj() ? dynamic_cast<CsvWriter*>(a[0].as_obj()) : nullptr;
  if (!w) vm.type_error(std::string("descriptor '") + what + "' requires a csv writer");
  return w;
}

// One record as text: fields quoted when they hold the delimiter, the
// quote character or a line break (quotes doubled inside).
std::string format_row(VM& vm, const Dialect& d, Value row) {
  if (vm.type_of(row)->layout == Layout::Str || vm.lookup_type(vm.type_of(row), vm.intern("__iter__")).is_null())
    if (vm.type_of(row)->layout != Layout::List && vm.type_of(row)->layout != Layout::Tuple)
      vm.raise(vm.e_value, "iterable expected, not " + vm.type_of(row)->name);  // CPython: _csv.Error
  std::vector<Ref> fields = vm.collect(row);
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += d.delimiter;
    Value f = fields[i].get();
    std::string s = f.is_none() ? "" : vm.str_s(f);
    bool quote = s.find_first_of(std::string{d.delimiter, d.quotechar, '\r', '\n'}) != std::string::npos ||
                 (fields.size() == 1 && s.empty());
    if (!quote) { out += s; continue; }
    out += d.quotechar;
    for (char c : s) { if (c == d.quotechar) out += c; out += c; }
    out += d.quotechar;
  }
  return out + d.lineterminator;
}

Ref write_line(VM& vm, CsvWriter* w, const std::string& line) {
  Ref write = vm.getattr(w->file, vm.intern("write"));
  Ref text = vm.str(line);
  return vm.call_sync(write.get(), {text.get()});
}

// A DictWriter's row: the values in fieldnames order.
Ref dict_row(VM& vm, CsvWriter* w, Value d) {
  std::vector<Ref> names = vm.collect(w->fieldnames);
  for (Ref& k : vm.collect(d)) {
    bool known = false;
    for (Ref& n : names) known = known || vm.eq(n.get(), k.get());
    if (!known) vm.raise(vm.e_value, "dict contains fields not in fieldnames: " + vm.repr_s(k.get()));
  }
  Ref row = vm.new_list();
  for (Ref& n : names) {
    Ref v = vm.contains(d, n.get()) ? vm.getitem(d, n.get()) : Ref::borrow(w->restval);
    list_append(row.as<List>(), v.get());
  }
  return row;
}

Value writerow_fn(VM& vm, CallArgs& a) {
  CsvWriter* w = self_writer(vm, a, "writerow");
  if (a.n != 2) vm.type_error("writerow() takes exactly one argument (" + std::to_string(a.n - 1) + " given)");
  Ref row = w->fieldnames.is_none() ? Ref::borrow(a[1]) : dict_row(vm, w, a[1]);
  return write_line(vm, w, format_row(vm, w->dialect, row.get())).release();
}

Value writerows_fn(VM& vm, CallArgs& a) {
  CsvWriter* w = self_writer(vm, a, "writerows");
  if (a.n != 2) vm.type_error("writerows() takes exactly one argument (" + std::to_string(a.n - 1) + " given)");
  for (Ref& r : vm.collect(a[1])) {
    Ref row = w->fieldnames.is_none() ? r : dict_row(vm, w, r.get());
    write_line(vm, w, format_row(vm, w->dialect, row.get()));
  }
  return Value::none();
}

Value writeheader_fn(VM& vm, CallArgs& a) {
  CsvWriter* w = self_writer(vm, a, "writeheader");
  return write_line(vm, w, format_row(vm, w->dialect, w->fieldnames)).release();
}

// writer(f, **dialect): bound self is the writer type.
Value writer_fn(VM& vm, CallArgs& a) {
  auto* t = static_cast<Type*>(a[0].as_obj());
  if (a.n < 2) vm.type_error("expected at least 1 argument, got 0");
  Dialect d = dialect_kwargs(vm, a, {});
  return Value::obj(make<CsvWriter>(t, a[1], Value::none(), Value::none(), d));
}

// DictWriter(f, fieldnames, restval='', ...).
Value dict_writer_fn(VM& vm, CallArgs& a) {
  auto* t = static_cast<Type*>(a[0].as_obj());
  Value names = a.n > 2 ? a[2] : a.kw("fieldnames");
  if (a.n < 2 || names.is_null())
    vm.type_error("DictWriter.__init__() missing 1 required positional argument: 'fieldnames'");
  Dialect d = dialect_kwargs(vm, a, {"fieldnames", "restval", "extrasaction"});
  Value restval = a.kw("restval");
  Ref rv = restval.is_null() ? vm.str("") : Ref::borrow(restval);
  Ref list = vm.new_list();
  for (Ref& n : vm.collect(names)) list_append(list.as<List>(), n.get());
  return Value::obj(make<CsvWriter>(t, a[1], list.get(), rv.get(), d));
}

}  // namespace

Ref make_csv(VM& vm) {
  Ref mod = new_module(vm, "csv");
  Value m = mod.get();
  module_def(vm, m, "reader", reader_fn);
  module_def(vm, m, "DictReader", dict_reader_fn);
  Type* t = vm.new_builtin_type("_csv.writer", Layout::Object, vm.t_object);
  Ref keep(t);
  add_method(vm, t, "writerow", writerow_fn);
  add_method(vm, t, "writerows", writerows_fn);
  add_method(vm, t, "writeheader", writeheader_fn);
  for (auto [name, fn] : {std::pair<const char*, NativeFn>{"writer", writer_fn}, {"DictWriter", dict_writer_fn}}) {
    Ref f = vm.new_native(name, fn);
    f.as<NativeFunction>()->self = Value::obj(t);
    incref(Value::obj(t));
    module_set(vm, m, name, f.get());
  }
  return mod;
}

}  // namespace yl
