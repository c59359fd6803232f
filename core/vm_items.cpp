// Subscripts, containment, length and iteration.
#include "objects/collections_ops.h"
#include "vm.h"
#include "objects/alias.h"

namespace yl {

namespace {
size_t utf8_offset(Str* s, int64_t cp) {
  if (s->ascii) return size_t(cp);
  size_t i = 0;
  for (int64_t k = 0; k < cp && i < s->len; ++k) {
    unsigned char c = static_cast<unsigned char>(s->data[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }
  return i;
}
// The method a subclass of a built-in layout (class D(dict), Counter) defines
// for an operation the layout would otherwise answer natively; else null.
// Only classes above the first built-in type count: dict's own __getitem__
// (there for super()) is the layout's behaviour itself.
Ref layout_override(VM& vm, Type* t, const char* name) {
  if (t->builtin || t->layout == Layout::Instance || t->layout == Layout::Exception) return Ref();
  Value key = vm.intern(name);
  for (Type* k : t->mro) {
    if (k->builtin) break;
    Value m = k->dict ? dict_get(vm, k->dict, key) : Value::null();
    if (m.is_null()) continue;
    if (m.is_obj() && (m.as_obj()->type == vm.t_function || m.as_obj()->type == vm.t_native)) return Ref::borrow(m);
    return Ref();
  }
  return Ref();
}
}  // namespace

Ref VM::getitem(Value o, Value k) {
  Type* t = type_of(o);
  if (Ref m = layout_override(*this, t, "__getitem__"); !m.is_null()) return call_sync(m.get(), {o, k});
  switch (t->layout) {
    case Layout::List: case Layout::Tuple: case Layout::Str: case Layout::Range: {
      int64_t len = t->layout == Layout::List ? int64_t(as_list(o)->items.size())
                  : t->layout == Layout::Tuple ? int64_t(as_tuple(o)->size)
                  : t->layout == Layout::Str ? int64_t(as_str(o)->cp_len)
                  : static_cast<Range*>(o.as_obj())->length;
      const char* tn = t->layout == Layout::List ? "list" : t->layout == Layout::Tuple ? "tuple" : t->layout == Layout::Str ? "string" : "range object";
      if (k.is_obj() && k.as_obj()->type == t_slice) {
        int64_t start, stop, step;
        int64_t n = slice_indices(*this, static_cast<Slice*>(k.as_obj()), len, &start, &stop, &step);
        if (t->layout == Layout::List) return list_slice(*this, as_list(o), start, stop, step);
        if (t->layout == Layout::Tuple) {
          std::vector<Value> items;
          for (int64_t i = 0, j = start; i < n; ++i, j += step) items.push_back(as_tuple(o)->items[j]);
          return new_tuple(items.data(), items.size());
        }
        if (t->layout == Layout::Str) {
          Str* s = as_str(o);
          if (step == 1) { size_t a = utf8_offset(s, start), b = utf8_offset(s, start + n); return str(std::string_view(s->data + a, b - a)); }
          std::string out;
          for (int64_t i = 0, j = start; i < n; ++i, j += step) {
            size_t a = utf8_offset(s, j), b = utf8_offset(s, j + 1);
            out.append(s->data + a, b - a);
          }
          return str(out);
        }
        auto* r = static_cast<Range*>(o.as_obj());
        auto* nr = make<Range>(t_range);
        nr->start = r->start + start * r->step; nr->step = r->step * step;
        nr->stop = r->start + stop * r->step; nr->length = n;
        return Ref(nr);
      }
      if (!is_int(k) && lookup_type(type_of(k), intern("__index__")).is_null()) {
        // CPython 3.11 words the str case differently from the others.
        if (t->layout == Layout::Str) type_error("string indices must be integers, not '" + type_of(k)->name + "'");
        type_error(std::string(t->layout == Layout::Range ? "range" : tn) + " indices must be integers or slices, not " + type_of(k)->name);
      }
      int64_t i = index_of(k);
      if (!normalize_index(&i, len)) raise(e_index, std::string(tn) + " index out of range");
      if (t->layout == Layout::List) return Ref::borrow(as_list(o)->items[size_t(i)]);
      if (t->layout == Layout::Tuple) return Ref::borrow(as_tuple(o)->items[size_t(i)]);
      if (t->layout == Layout::Str) {
        Str* s = as_str(o);
        size_t a = utf8_offset(s, i), b = utf8_offset(s, i + 1);
        return str(std::string_view(s->data + a, b - a));
      }
      auto* r = static_cast<Range*>(o.as_obj());
      return from_int64(r->start + i * r->step);
    }
    case Layout::Dict: {
      Value v = dict_get(*this, as_dict(o), k);
      if (!v.is_null()) return Ref::borrow(v);
      if (!t->builtin) {
        Ref m = lookup_type(t, intern("__missing__"));
        if (!m.is_null()) return call_sync(m.get(), {o, k});
      }
      Ref e = call_sync(Value::obj(e_key), {k});
      raise_value(e.get());
    }
    default: break;
  }
  if (t->layout == Layout::Type) return class_getitem(*this, static_cast<Type*>(o.as_obj()), k);
  Ref m = lookup_type(t, intern("__getitem__"));
  if (!m.is_null()) return call_sync(m.get(), {o, k});
  type_error("'" + t->name + "' object is not subscriptable");
}

void VM::setitem(Value o, Value k, Value v) {
  Type* t = type_of(o);
  if (Ref m = layout_override(*this, t, "__setitem__"); !m.is_null()) { call_sync(m.get(), {o, k, v}); return; }
  if (t->layout == Layout::List) {
    List* l = as_list(o);
    if (k.is_obj() && k.as_obj()->type == t_slice) {
      int64_t start, stop, step;
      int64_t n = slice_indices(*this, static_cast<Slice*>(k.as_obj()), int64_t(l->items.size()), &start, &stop, &step);
      std::vector<Ref> items = collect(v);
      if (step == 1) {
        if (stop < start) stop = start;
        std::vector<Value> old(l->items.begin() + start, l->items.begin() + stop);
        l->items.erase(l->items.begin() + start, l->items.begin() + stop);
        std::vector<Value> nv;
        for (auto& r : items) { incref(r.get()); nv.push_back(r.get()); }
        l->items.insert(l->items.begin() + start, nv.begin(), nv.end());
        for (Value x : old) decref(x);
        return;
      }
      if (int64_t(items.size()) != n)
        raise(e_value, "attempt to assign sequence of size " + std::to_string(items.size()) + " to extended slice of size " + std::to_string(n));
      for (int64_t i = 0, j = start; i < n; ++i, j += step) {
        incref(items[size_t(i)].get());
        Value old = l->items[size_t(j)]; l->items[size_t(j)] = items[size_t(i)].get(); decref(old);
      }
      return;
    }
    if (!is_int(k)) type_error("list indices must be integers or slices, not " + type_of(k)->name);
    int64_t i = index_of(k);
    if (!normalize_index(&i, int64_t(l->items.size()))) raise(e_index, "list assignment index out of range");
    incref(v);
    Value old = l->items[size_t(i)]; l->items[size_t(i)] = v; decref(old);
    return;
  }
  if (t->layout == Layout::Dict) { dict_set(*this, as_dict(o), k, v); return; }
  Ref m = lookup_type(t, intern("__setitem__"));
  if (!m.is_null() && !t->builtin) { call_sync(m.get(), {o, k, v}); return; }
  type_error("'" + t->name + "' object does not support item assignment");
}

void VM::delitem(Value o, Value k) {
  Type* t = type_of(o);
  if (Ref m = layout_override(*this, t, "__delitem__"); !m.is_null()) { call_sync(m.get(), {o, k}); return; }
  if (t->layout == Layout::List) {
    List* l = as_list(o);
    if (k.is_obj() && k.as_obj()->type == t_slice) {
      int64_t start, stop, step;
      int64_t n = slice_indices(*this, static_cast<Slice*>(k.as_obj()), int64_t(l->items.size()), &start, &stop, &step);
      std::vector<int64_t> idx;
      for (int64_t i = 0, j = start; i < n; ++i, j += step) idx.push_back(j);
      std::sort(idx.rbegin(), idx.rend());
      for (int64_t j : idx) { Value old = l->items[size_t(j)]; l->items.erase(l->items.begin() + j); decref(old); }
      return;
    }
    int64_t i = index_of(k);
    if (!normalize_index(&i, int64_t(l->items.size()))) raise(e_index, "list assignment index out of range");
    Value old = l->items[size_t(i)]; l->items.erase(l->items.begin() + i); decref(old);
    return;
  }
  if (t->layout == Layout::Dict) {
    if (!dict_del(*this, as_dict(o), k)) { Ref e = call_sync(Value::obj(e_key), {k}); raise_value(e.get()); }
    return;
  }
  Ref m = lookup_type(t, intern("__delitem__"));
  if (!m.is_null() && !t->builtin) { call_sync(m.get(), {o, k}); return; }
  type_error("'" + t->name + "' object doesn't support item deletion");
}

bool VM::contains(Value c, Value item) {
  Type* t = type_of(c);
  if (Ref m = layout_override(*this, t, "__contains__"); !m.is_null()) return truthy(call_sync(m.get(), {c, item}).get());
  switch (t->layout) {
    case Layout::List: {
      List* l = as_list(c);
      for (size_t i = 0; i < l->items.size(); ++i) if (eq(l->items[i], item)) return true;
      return false;
    }
    case Layout::Tuple: {
      Tuple* tp = as_tuple(c);
      for (size_t i = 0; i < tp->size; ++i) if (eq(tp->items[i], item)) return true;
      return false;
    }
    case Layout::Str:
      if (!(item.is_obj() && type_of(item)->layout == Layout::Str))
        type_error("'in <string>' requires string as left operand, not " + type_of(item)->name);
      return as_str(c)->view().find(as_str(item)->view()) != std::string_view::npos;
    case Layout::Dict: return !dict_get(*this, as_dict(c), item).is_null();
    case Layout::Set: case Layout::FrozenSet: return set_contains(*this, as_set(c), item);
    case Layout::Range: {
      auto* r = static_cast<Range*>(c.as_obj());
      if (!item.is_int()) {
        if (item.is_float() && item.as_float() == double(int64_t(item.as_float()))) return contains(c, Value::small(int64_t(item.as_float())));
        for (Ref x = get_iter(c), y; !(y = next_sync(x.get())).is_null();) if (eq(y.get(), item)) return true;
        return false;
      }
      int64_t v = item.as_int();
      if (r->length == 0) return false;
      if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return false;
      return (v - r->start) % r->step == 0;
    }
    default: break;
  }
  if (dict_view_kind(*this, t)) {
    for (auto& x : collect(c)) if (eq(x.get(), item)) return true;
    return false;
  }
  Ref m = lookup_type(t, intern("__contains__"));
  if (!m.is_null() && !t->builtin) return truthy(call_sync(m.get(), {c, item}).get());
  // Nothing to search: `in` words its TypeError differently from iter().
  Ref iter_m = lookup_type(t, intern("__iter__"));
  bool iterable = t->layout == Layout::Generator || t->layout == Layout::NativeIter || t->layout == Layout::Iterator ||
                  (!iter_m.is_null() && !iter_m.get().is_none()) ||
                  (!t->builtin && !lookup_type(t, intern("__getitem__")).is_null());
  if (!iterable) type_error("argument of type '" + t->name + "' is not iterable");
  Ref it = get_iter(c);
  for (;;) {
    Ref x = next_sync(it.get());
    if (x.is_null()) return false;
    if (eq(x.get(), item)) return true;
  }
}

Ref VM::new_range(int64_t start, int64_t stop, int64_t step) {
  auto* r = make<Range>(t_range);
  r->start = start; r->stop = stop; r->step = step;
  r->length = range_length(start, stop, step);
  return Ref(r);
}

static Ref range_iter(VM& vm, int64_t start, int64_t step, int64_t length) {
  auto* it = make<SeqIter>(vm.t_range_iter, SeqIter::RangeIt, Value::null());
  it->pos = start; it->step = step; it->remaining = length;
  return Ref(it);
}

Ref VM::new_range_iter(int64_t start, int64_t stop, int64_t step) {
  return range_iter(*this, start, step, range_length(start, stop, step));
}

size_t VM::len(Value o) {
  Type* t = type_of(o);
  // A subclass of a built-in container may define its own __len__.
  if (!t->builtin && t->layout != Layout::Instance) {
    Ref m = lookup_type(t, intern("__len__"));
    if (!m.is_null() && m.get().is_obj() && m.get().as_obj()->type == t_function) return len_from_method(m.get(), o);
  }
  switch (t->layout) {
    case Layout::List: return as_list(o)->items.size();
    case Layout::Tuple: return as_tuple(o)->size;
    case Layout::Str: return as_str(o)->cp_len;
    case Layout::Dict: return as_dict(o)->used;
    case Layout::Set: case Layout::FrozenSet: return as_set(o)->used;
    case Layout::Range: return size_t(static_cast<Range*>(o.as_obj())->length);
    default: break;
  }
  if (dict_view_kind(*this, t))
    return as_dict(static_cast<DictView*>(o.as_obj())->dict)->used;
  Ref m = lookup_type(t, intern("__len__"));
  if (!m.is_null() && !t->builtin) return len_from_method(m.get(), o);
  type_error("object of type '" + t->name + "' has no len()");
}

size_t VM::len_from_method(Value method, Value o) {
  Ref r = call_sync(method, {o});
  if (!is_int(r.get())) type_error("'" + type_of(r.get())->name + "' object cannot be interpreted as an integer");
  int64_t n = index_of(r.get());
  if (n < 0) raise(e_value, "__len__() should return >= 0");
  return size_t(n);
}

Ref VM::get_iter(Value o) {
  Type* t = type_of(o);
  auto seq_iter = [&](Type* it, SeqIter::Kind k, Value s) { return Ref(make<SeqIter>(it, k, s)); };
  switch (t->layout) {
    case Layout::List: return seq_iter(t_list_iter, SeqIter::ListIt, o);
    case Layout::Tuple: return seq_iter(t_tuple_iter, SeqIter::TupleIt, o);
    case Layout::Str: return seq_iter(t_str_iter, SeqIter::StrIt, o);
    case Layout::Dict: {
      Ref r = seq_iter(t_dict_keyiter, SeqIter::DictKeys, o);
      r.as<SeqIter>()->step = int64_t(as_dict(o)->used);
      return r;
    }
    case Layout::Set: case Layout::FrozenSet: {
      Ref r = seq_iter(t_set_iter, SeqIter::SetIt, o);
      r.as<SeqIter>()->step = int64_t(as_set(o)->used);
      return r;
    }
    case Layout::Range: {
      auto* rg = static_cast<Range*>(o.as_obj());
      return range_iter(*this, rg->start, rg->step, rg->length);
    }
    case Layout::Generator: case Layout::NativeIter: case Layout::Iterator: return Ref::borrow(o);
    default: break;
  }
  if (Type* vk = dict_view_kind(*this, t)) {
    Value d = static_cast<DictView*>(o.as_obj())->dict;
    SeqIter::Kind k = vk == t_dict_keys ? SeqIter::DictKeys : vk == t_dict_values ? SeqIter::DictValues : SeqIter::DictItems;
    Ref r = seq_iter(vk == t_dict_keys ? t_dict_keyiter : vk == t_dict_values ? t_dict_valueiter : t_dict_itemiter, k, d);
    r.as<SeqIter>()->step = int64_t(as_dict(d)->used);
    return r;
  }
  Ref m = lookup_type(t, intern("__iter__"));
  if (!m.is_null() && !m.get().is_none()) {
    Ref it = call_sync(m.get(), {o});
    Type* itt = type_of(it.get());
    if (lookup_type(itt, intern("__next__")).is_null() && itt->layout != Layout::Generator &&
        itt->layout != Layout::NativeIter && itt->layout != Layout::Iterator)
      type_error("iter() returned non-iterator of type '" + itt->name + "'");
    return it;
  }
  Ref gi = lookup_type(t, intern("__getitem__"));
  if (!gi.is_null() && !t->builtin) {
    // The old sequence protocol: __getitem__ with 0, 1, 2 ... until IndexError.
    struct Seq {
      static Task run(VM& vm, Ref obj) {
        for (int64_t i = 0;; ++i) {
          Ref r;
          try { r = vm.getitem(obj.get(), Value::small(i)); }
          catch (PyException& e) {
            if (vm.isinstance(e.exc, vm.e_index) || vm.isinstance(e.exc, vm.e_stop)) co_return Value::null();
            throw;
          }
          co_yield r.release();
        }
      }
    };
    return make_native_iter(Seq::run(*this, Ref::borrow(o)), "iterator");
  }
  type_error("'" + t->name + "' object is not iterable");
}

}  // namespace yl
