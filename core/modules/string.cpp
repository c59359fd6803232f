// The string module: its character-class constants and capwords.
#include "../objects/collections_ops.h"
#include "module.h"
#include "params.h"

namespace yl {

namespace {

// capwords(s, sep=None): split, capitalize each word, join with sep (or a
// space), through the str methods themselves so the rules are theirs.
Value capwords_fn(VM& vm, CallArgs& a) {
  auto p = bind_params(vm, a, {"capwords", {"s", "sep"}, 1, 2});
  Value sep = p[1].is_null() ? Value::none() : p[1];
  Ref split = vm.getattr(p[0], vm.intern("split"));
  Ref words = vm.call_sync(split.get(), {sep});
  Ref capitalized = vm.new_list();
  for (Ref& w : vm.collect(words.get())) {
    Ref cap = vm.getattr(w.get(), vm.intern("capitalize"));
    Ref c = vm.call_sync(cap.get(), nullptr, 0);
    list_append(capitalized.as<List>(), c.get());
  }
  Ref joiner = sep.is_none() || !vm.truthy(sep) ? vm.str(" ") : Ref::borrow(sep);
  Ref join = vm.getattr(joiner.get(), vm.intern("join"));
  return vm.call_sync(join.get(), {capitalized.get()}).release();
}

}  // namespace

Ref make_string(VM& vm) {
  Ref mod = new_module(vm, "string");
  Value m = mod.get();
  const std::string lower = "abcdefghijklmnopqrstuvwxyz", upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const std::string digits = "0123456789", punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  const std::string whitespace = " \t\n\r\x0b\x0c";
  for (auto [name, text] : std::initializer_list<std::pair<const char*, std::string>>{
           {"ascii_lowercase", lower},
           {"ascii_uppercase", upper},
           {"ascii_letters", lower + upper},
           {"digits", digits},
           {"hexdigits", digits + "abcdefABCDEF"},
           {"octdigits", "01234567"},
           {"punctuation", punctuation},
           {"whitespace", whitespace},
           {"printable", digits + lower + upper + punctuation + whitespace}}) {
    module_set(vm, m, name, vm.str(text).get());
  }
  module_def(vm, m, "capwords", capwords_fn);
  return mod;
}

}  // namespace yl
