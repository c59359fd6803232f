// The json module: dumps and loads (and dump/load on open files) with the
// options learners use: indent, separators, sort_keys, default,
// ensure_ascii. Output and error texts follow CPython's encoder and decoder
// (json.decoder.JSONDecodeError: "Expecting value: line 1 column 1 (char 0)").
#include <cmath>
#include "../num/float_format.h"
#include "../objects/collections_ops.h"
#include "module.h"
#include "params.h"

namespace yl {

namespace {

// ---------------------------------------------------------------- encoding

struct Encoder {
  VM& vm;
  std::string indent;       // per level; used when `pretty`
  bool pretty = false;
  std::string item_sep = ", ", key_sep = ": ";
  bool sort_keys = false, ensure_ascii = true;
  Value default_fn = Value::null();
  std::vector<Object*> active;  // containers being encoded, to refuse cycles
  std::string out;

  void string(std::string_view s) {
    out += '"';
    for (size_t i = 0; i < s.size();) {
      unsigned char c = s[i];
      uint32_t cp = c;
      size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (len > 1) {
        cp = c & (0xFF >> (len + 1));
        for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
      }
      switch (cp) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
          if (cp < 0x20 || (ensure_ascii && cp >= 0x7F)) {
            if (cp >= 0x10000) {  // a surrogate pair
              uint32_t v = cp - 0x10000;
              hex4(0xD800 | (v >> 10));
              hex4(0xDC00 | (v & 0x3FF));
            } else {
              hex4(cp);
            }
          } else {
            out.append(s.substr(i, len));
          }
      }
      i += len;
    }
    out += '"';
  }
  void hex4(uint32_t v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\u%04x", v);
    out += buf;
  }

  std::string float_text(double d) {
    if (std::isnan(d)) return "NaN";
    if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
    return num::float_repr(d);
  }

  // A dict key as JSON text (keys are always strings there).
  std::string key_text(Value k) {
    Type* t = vm.type_of(k);
    if (t->layout == Layout::Str) return as_str(k)->str();
    if (k.is_float()) return float_text(k.as_float());
    if (k.is_bool()) return k.is_true() ? "true" : "false";
    if (k.is_none()) return "null";
    if (vm.is_int(k)) return vm.str_s(k);
    vm.type_error("keys must be str, int, float, bool or None, not " + t->name);
  }

  void newline(size_t level) {
    out += '\n';
    for (size_t i = 0; i < level; ++i) out += indent;
  }

  void enter(Value v) {
    for (Object* o : active)
      if (o == v.as_obj()) vm.raise(vm.e_value, "Circular reference detected");
    active.push_back(v.as_obj());
  }

  void value(Value v, size_t level) {
    Type* t = vm.type_of(v);
    if (v.is_none()) { out += "null"; return; }
    if (v.is_bool()) { out += v.is_true() ? "true" : "false"; return; }
    if (vm.is_int(v)) { out += vm.str_s(v); return; }
    if (v.is_float()) { out += float_text(v.as_float()); return; }
    if (t->layout == Layout::Str) { string(as_str(v)->view()); return; }
    if (t->layout == Layout::List || t->layout == Layout::Tuple) {
      std::vector<Ref> items = vm.collect(v);
      if (items.empty()) { out += "[]"; return; }
      enter(v);
      out += '[';
      for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += item_sep;
        if (pretty) newline(level + 1);
        value(items[i].get(), level + 1);
      }
      if (pretty) newline(level);
      out += ']';
      active.pop_back();
      return;
    }
    if (t->layout == Layout::Dict) { dict(v, level); return; }
    if (default_fn.is_null()) vm.type_error("Object of type " + t->name + " is not JSON serializable");
    enter(v);
    Ref replaced = vm.call_sync(default_fn, {v});
    value(replaced.get(), level);
    active.pop_back();
  }

  void dict(Value v, size_t level) {
    Dict* d = as_dict(v);
    std::vector<Value> keys, vals;
    size_t pos = 0; Value k, x;
    while (dict_next(d, &pos, &k, &x)) { keys.push_back(k); vals.push_back(x); }
    if (keys.empty()) { out += "{}"; return; }
    std::vector<Ref> hold;  // the sort must not outlive the entries it borrows
    for (size_t i = 0; i < keys.size(); ++i) { hold.push_back(Ref::borrow(keys[i])); hold.push_back(Ref::borrow(vals[i])); }
    if (sort_keys) timsort_values(vm, keys.data(), vals.data(), keys.size(), false);
    enter(v);
    out += '{';
    for (size_t i = 0; i < keys.size(); ++i) {
      if (i) out += item_sep;
      if (pretty) newline(level + 1);
      string(key_text(keys[i]));
      out += key_sep;
      value(vals[i], level + 1);
    }
    if (pretty) newline(level);
    out += '}';
    active.pop_back();
  }
};

const std::initializer_list<const char*> kDumpsNames = {
    "obj", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls",
    "indent", "separators", "default", "sort_keys"};

std::string encode(VM& vm, const std::vector<Value>& p) {
  Encoder e{vm};
  Value indent = p[6];
  if (!indent.is_null() && !indent.is_none()) {
    e.pretty = true;
    e.item_sep = ",";
    if (vm.type_of(indent)->layout == Layout::Str) e.indent = as_str(indent)->str();
    else e.indent = std::string(size_t(std::max<int64_t>(0, vm.index_of(indent))), ' ');
  }
  if (!p[7].is_null() && !p[7].is_none()) {
    std::vector<Ref> seps = vm.collect(p[7]);
    if (seps.size() != 2) vm.raise(vm.e_value, "too many values to unpack (expected 2)");
    e.item_sep = vm.str_s(seps[0].get());
    e.key_sep = vm.str_s(seps[1].get());
  }
  if (!p[2].is_null()) e.ensure_ascii = vm.truthy(p[2]);
  if (!p[9].is_null()) e.sort_keys = vm.truthy(p[9]);
  if (!p[8].is_null() && !p[8].is_none()) e.default_fn = p[8];
  e.value(p[0], 0);
  return std::move(e.out);
}

Value dumps_fn(VM& vm, CallArgs& a) {
  auto p = bind_params(vm, a, {"dumps", kDumpsNames, 1, 1});
  return vm.str(encode(vm, p)).release();
}

// dump(obj, fp, ...): the text goes to fp.write.
Value dump_fn(VM& vm, CallArgs& a) {
  std::vector<const char*> names(kDumpsNames);
  names.insert(names.begin() + 1, "fp");
  auto p = bind_params(vm, a, "dump", std::vector<std::string_view>(names.begin(), names.end()), 2, 2, false);
  Value fp = p[1];
  p.erase(p.begin() + 1);
  Ref text = vm.str(encode(vm, p));
  Ref write = vm.getattr(fp, vm.intern("write"));
  vm.call_sync(write.get(), {text.get()});
  return Value::none();
}

// ---------------------------------------------------------------- decoding

struct Decoder {
  VM& vm;
  std::string_view s;
  size_t i = 0;

  // Positions in messages count characters, not UTF-8 bytes.
  [[noreturn]] void fail(const std::string& what, size_t at) {
    size_t chars = 0, line = 1, line_start = 0;
    for (size_t k = 0; k < at && k < s.size(); ++k) {
      if ((s[k] & 0xC0) == 0x80) continue;
      if (s[k] == '\n') { ++line; line_start = chars + 1; }
      ++chars;
    }
    std::string msg = what + ": line " + std::to_string(line) + " column " + std::to_string(chars - line_start + 1) +
                      " (char " + std::to_string(chars) + ")";
    Ref mod = vm.import_module("json");
    Value t = dict_get_str(static_cast<Module*>(mod.get().as_obj())->dict, "JSONDecodeError");
    vm.raise(static_cast<Type*>(t.as_obj()), msg);
  }

  void skip_ws() { while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i; }
  bool starts(std::string_view w) const { return s.substr(i, w.size()) == w; }

  Ref value() {
    skip_ws();
    if (i >= s.size()) fail("Expecting value", i);
    char c = s[i];
    if (c == '"') return string();
    if (c == '{') return object();
    if (c == '[') return array();
    for (auto [word, v] : {std::pair<std::string_view, Value>{"null", Value::none()},
                           {"true", Value::boolean(true)}, {"false", Value::boolean(false)}})
      if (starts(word)) { i += word.size(); return Ref::steal(v); }
    if (starts("NaN")) { i += 3; return Ref::steal(Value::flt(NAN)); }
    if (starts("Infinity")) { i += 8; return Ref::steal(Value::flt(INFINITY)); }
    if (starts("-Infinity")) { i += 9; return Ref::steal(Value::flt(-INFINITY)); }
    if (c == '-' || (c >= '0' && c <= '9')) return number();
    fail("Expecting value", i);
  }

  Ref number() {
    size_t start = i;
    if (s[i] == '-') ++i;
    auto digits = [&] { size_t b = i; while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i; return i > b; };
    if (i < s.size() && s[i] == '0') ++i;
    else if (!digits()) fail("Expecting value", start);
    bool is_float = false;
    if (i + 1 < s.size() && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') { ++i; digits(); is_float = true; }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
      size_t save = i++;
      if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
      if (digits()) is_float = true; else i = save;
    }
    std::string text(s.substr(start, i - start));
    if (is_float) return Ref::steal(Value::flt(std::strtod(text.c_str(), nullptr)));
    return vm.int_from_decimal(text);
  }

  uint32_t hex4(size_t at) {
    if (at + 4 > s.size()) fail("Invalid \\uXXXX escape", at - 1);
    uint32_t v = 0;
    for (size_t k = at; k < at + 4; ++k) {
      char h = s[k];
      int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
      if (d < 0) fail("Invalid \\uXXXX escape", at - 1);
      v = v * 16 + uint32_t(d);
    }
    return v;
  }

  static void utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) out += char(cp);
    else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) { out += char(0xE0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F)); }
    else { out += char(0xF0 | (cp >> 18)); out += char(0x80 | ((cp >> 12) & 0x3F)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F)); }
  }

  Ref string() {
    size_t start = i++;
    std::string out;
    for (;;) {
      if (i >= s.size()) fail("Unterminated string starting at", start);
      char c = s[i];
      if (c == '"') { ++i; break; }
      if (static_cast<unsigned char>(c) < 0x20) fail("Invalid control character at", i);
      if (c != '\\') { out += c; ++i; continue; }
      if (i + 1 >= s.size()) fail("Unterminated string starting at", start);
      char e = s[i + 1];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          uint32_t cp = hex4(i + 2);
          i += 4;
          // A high surrogate followed by an escaped low one is one character.
          if (cp >= 0xD800 && cp < 0xDC00 && i + 3 < s.size() && s[i + 2] == '\\' && s[i + 3] == 'u') {
            uint32_t lo = hex4(i + 4);
            if (lo >= 0xDC00 && lo < 0xE000) { cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00); i += 6; }
          }
          utf8(out, cp);
          break;
        }
        default: fail("Invalid \\escape", i);
      }
      i += 2;
    }
    return vm.str(out);
  }

  Ref array() {
    ++i;
    Ref list = vm.new_list();
    skip_ws();
    if (i < s.size() && s[i] == ']') { ++i; return list; }
    for (;;) {
      Ref v = value();
      list_append(list.as<List>(), v.get());
      skip_ws();
      if (i < s.size() && s[i] == ']') { ++i; return list; }
      if (i >= s.size() || s[i] != ',') fail("Expecting ',' delimiter", i);
      ++i;
    }
  }

  Ref object() {
    ++i;
    Ref dict = vm.new_dict();
    skip_ws();
    if (i < s.size() && s[i] == '}') { ++i; return dict; }
    for (;;) {
      skip_ws();
      if (i >= s.size() || s[i] != '"') fail("Expecting property name enclosed in double quotes", i);
      Ref key = string();
      skip_ws();
      if (i >= s.size() || s[i] != ':') fail("Expecting ':' delimiter", i);
      ++i;
      Ref v = value();
      dict_set(vm, dict.as<Dict>(), key.get(), v.get());
      skip_ws();
      if (i < s.size() && s[i] == '}') { ++i; return dict; }
      if (i >= s.size() || s[i] != ',') fail("Expecting ',' delimiter", i);
      ++i;
    }
  }

  Ref document() {
    Ref v = value();
    skip_ws();
    if (i != s.size()) fail("Extra data", i);
    return v;
  }
};

Ref decode(VM& vm, Value text) {
  if (vm.type_of(text)->layout != Layout::Str)
    vm.type_error("the JSON object must be str, bytes or bytearray, not " + vm.type_of(text)->name);
  Decoder d{vm, as_str(text)->view()};
  return d.document();
}

Value loads_fn(VM& vm, CallArgs& a) {
  auto p = bind_params(vm, a, {"loads", {"s"}, 1, 1});
  return decode(vm, p[0]).release();
}

Value load_fn(VM& vm, CallArgs& a) {
  auto p = bind_params(vm, a, {"load", {"fp"}, 1, 1});
  Ref read = vm.getattr(p[0], vm.intern("read"));
  Ref text = vm.call_sync(read.get(), nullptr, 0);
  return decode(vm, text.get()).release();
}

}  // namespace

Ref make_json(VM& vm) {
  Ref mod = new_module(vm, "json");
  Value m = mod.get();
  Type* err = vm.new_builtin_type("JSONDecodeError", Layout::Exception, vm.e_value);
  err->builtin = false;  // shown as json.decoder.JSONDecodeError
  Ref keep(err);
  dict_set(vm, err->dict, vm.intern("__module__"), vm.intern("json.decoder"));
  module_set(vm, m, "JSONDecodeError", Value::obj(err));
  module_def(vm, m, "dumps", dumps_fn);
  module_def(vm, m, "dump", dump_fn);
  module_def(vm, m, "loads", loads_fn);
  module_def(vm, m, "load", load_fn);
  return mod;
}

}  // namespace yl
