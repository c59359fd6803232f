// Calls, frames, generator resumption and iteration: how control moves
// between frames.
#include "objects/collections_ops.h"
#include "objects/os_error.h"
#include "vm.h"

namespace yl {

namespace {
// The arguments of a call with one more value in front (the class for
// __new__, the instance for __init__ or a bound method's self): the positional and keyword values
// copied after `first`, without allocating for the usual few arguments.
struct WithFirst {
  Value small[9];
  std::vector<Value> big;
  Value* data;
  WithFirst(Value first, const Value* args, size_t count) {
    if (count < std::size(small)) data = small;
    else { big.resize(count + 1); data = big.data(); }
    data[0] = first;
    std::copy(args, args + count, data + 1);
  }
};

// Holds the callable and arguments of a call while it is being made.
struct ArgBuffer {
  Value small[8];
  std::vector<Value> big;
  Value* data;
  size_t n;
  ArgBuffer(const Value* src, size_t count) : n(count) {
    if (count <= 8) data = small; else { big.resize(count); data = big.data(); }
    for (size_t i = 0; i < count; ++i) data[i] = src[i];
  }
  ~ArgBuffer() { for (size_t i = 0; i < n; ++i) decref(data[i]); }
};
}  // namespace

// ---------------------------------------------------------------- frames

PyFrame* new_pyframe(Code* code, Function* func, Dict* globals) {
  size_t nslots = size_t(code->nlocals() + code->ncells() + code->stacksize);
  size_t bytes = sizeof(PyFrame) + nslots * sizeof(Value) + size_t(code->maxblocks) * sizeof(Block);
  void* mem = g_heap->allocate(bytes);
  auto* f = new (mem) PyFrame();
  // Only the locals and cells need a value: nothing reads the value stack
  // above its height.
  f->stack = f->slots + code->nlocals() + code->ncells();
  for (Value* v = f->slots; v != f->stack; ++v) *v = Value::null();
  f->blocks = reinterpret_cast<Block*>(f->slots + nslots);
  f->code = code; incref(code);
  f->func = func; if (func) incref(func);
  f->globals = globals; incref(globals);
  f->handled = Value::null();
  f->wait_default = Value::null();
  return f;
}

void free_pyframe(PyFrame* f) {
  Code* code = f->code;
  size_t nslots = size_t(code->nlocals() + code->ncells());
  for (size_t i = 0; i < nslots; ++i) decref(f->slots[i]);
  for (uint32_t i = 0; i < f->sp; ++i) decref(f->stack[i]);
  for (uint32_t i = 0; i < f->nblocks; ++i) if (f->blocks[i].kind == Block::Handler) decref(f->blocks[i].saved);
  decref(f->handled);
  decref(f->wait_default);
  if (f->locals_dict) decref(f->locals_dict);
  if (f->func) decref(f->func);
  decref(f->globals);
  size_t bytes = sizeof(PyFrame) + size_t(code->nlocals() + code->ncells() + code->stacksize) * sizeof(Value) +
                 size_t(code->maxblocks) * sizeof(Block);
  decref(code);
  f->~PyFrame();
  g_heap->release(f, bytes);
}

void traverse_pyframe(PyFrame* f, Visitor& v) {
  size_t nslots = size_t(f->code->nlocals() + f->code->ncells());
  for (size_t i = 0; i < nslots; ++i) v.visit(f->slots[i]);
  for (uint32_t i = 0; i < f->sp; ++i) v.visit(f->stack[i]);
  v.visit(f->handled);
  v.visit(Value::obj(f->code));
  if (f->func) v.visit(Value::obj(f->func));
  v.visit(Value::obj(f->globals));
  if (f->locals_dict) v.visit(Value::obj(f->locals_dict));
}

void VM::drop_frame(PyFrame* f) { free_pyframe(f); }

// Binds arguments to parameters with CPython's rules and messages.
PyFrame* VM::make_frame(Function* fn, Value* args, size_t n, Tuple* kwnames) {
  Code* c = fn->code;
  PyFrame* f = new_pyframe(c, fn, fn->globals);
  if (!kwnames && fn->binds_plainly(n)) {
    // The usual call: exactly the positional parameters, nothing else to bind.
    for (size_t i = 0; i < n; ++i) { incref(args[i]); f->slots[i] = args[i]; }
    return f;
  }
  const std::string& fname = c->qualname;
  struct Guard { PyFrame* f; ~Guard() { if (f) free_pyframe(f); } } guard{f};
  Value* locals = f->slots;
  int argcount = c->argcount, kwonly = c->kwonly;
  bool varargs = c->flags & Code::kVarArgs, varkw = c->flags & Code::kVarKw;
  int varargs_slot = argcount + kwonly;
  int varkw_slot = varargs_slot + (varargs ? 1 : 0);
  size_t npos = std::min(n, size_t(argcount));
  for (size_t i = 0; i < npos; ++i) { incref(args[i]); locals[i] = args[i]; }
  if (varargs) {
    size_t extra = n > npos ? n - npos : 0;
    locals[varargs_slot] = new_tuple(args + npos, extra).release();
  } else if (n > size_t(argcount)) {
    size_t ndef = fn->defaults ? fn->defaults->size : 0;
    std::string takes = ndef ? "from " + std::to_string(argcount - int(ndef)) + " to " + std::to_string(argcount)
                             : std::to_string(argcount);
    size_t given = n;
    type_error(fname + "() takes " + takes + " positional argument" + (argcount == 1 && !ndef ? "" : "s") +
               " but " + std::to_string(given) + (given == 1 ? " was" : " were") + " given");
  }
  Dict* kwdict = nullptr;
  if (varkw) { Ref d = new_dict(); kwdict = d.as<Dict>(); locals[varkw_slot] = d.release(); }
  if (kwnames) {
    for (size_t k = 0; k < kwnames->size; ++k) {
      Value name = kwnames->items[k];
      Value val = args[n + k];
      int slot = -1;
      for (int i = c->posonly; i < argcount + kwonly; ++i) {
        Value vn = c->varnames[size_t(i)];
        if (vn == name || as_str(vn)->view() == as_str(name)->view()) { slot = i; break; }
      }
      if (slot < 0) {
        if (kwdict) { dict_set(*this, kwdict, name, val); continue; }
        bool posonly_hit = false;
        for (int i = 0; i < c->posonly; ++i) if (as_str(c->varnames[size_t(i)])->view() == as_str(name)->view()) posonly_hit = true;
        if (posonly_hit)
          type_error(fname + "() got some positional-only arguments passed as keyword arguments: '" + as_str(name)->str() + "'");
        type_error(fname + "() got an unexpected keyword argument '" + as_str(name)->str() + "'");
      }
      if (!locals[slot].is_null())
        type_error(fname + "() got multiple values for argument '" + as_str(name)->str() + "'");
      incref(val); locals[slot] = val;
    }
  }
  // Defaults for the trailing positional parameters.
  size_t ndef = fn->defaults ? fn->defaults->size : 0;
  std::vector<std::string> missing;
  for (int i = 0; i < argcount; ++i) {
    if (!locals[i].is_null()) continue;
    int d = i - (argcount - int(ndef));
    if (d >= 0) { Value v = fn->defaults->items[d]; incref(v); locals[i] = v; }
    else missing.push_back(as_str(c->varnames[size_t(i)])->str());
  }
  auto report = [&](const char* kind) {
    std::string list;
    for (size_t i = 0; i < missing.size(); ++i) {
      if (i) list += missing.size() == 2 ? " and " : (i + 1 == missing.size() ? ", and " : ", ");
      list += "'" + missing[i] + "'";
    }
    type_error(fname + "() missing " + std::to_string(missing.size()) + " required " + kind + " argument" +
               (missing.size() == 1 ? "" : "s") + ": " + list);
  };
  if (!missing.empty()) report("positional");
  for (int i = argcount; i < argcount + kwonly; ++i) {
    if (!locals[i].is_null()) continue;
    Value d = fn->kwdefaults ? dict_get(*this, fn->kwdefaults, c->varnames[size_t(i)]) : Value::null();
    if (!d.is_null()) { incref(d); locals[i] = d; }
    else missing.push_back(as_str(c->varnames[size_t(i)])->str());
  }
  if (!missing.empty()) report("keyword-only");
  // Cells: fresh ones for captured locals (copying parameters), then the closure's.
  Value* cells = f->slots + c->nlocals();
  for (size_t i = 0; i < c->cellnames.size(); ++i) {
    auto* cell = make<Cell>(t_cell);
    cell->value = Value::null();
    int from = c->cell_from_arg[i];
    if (from >= 0) { cell->value = locals[from]; incref(cell->value); }
    cells[i] = Value::obj(cell);
  }
  if (fn->closure)
    for (size_t i = 0; i < fn->closure->size; ++i) {
      incref(fn->closure->items[i]);
      cells[c->cellnames.size() + i] = fn->closure->items[i];
    }
  guard.f = nullptr;
  return f;
}

Ref VM::type_new(Type* cls) {
  if (cls->builtin && cls->dict) {
    if (!cls->new_cache.is_null() && cls->new_cache_version == cls->dict->keys_version)
      return Ref::borrow(cls->new_cache);
    Value own = dict_get(*this, cls->dict, intern("__new__"));
    if (!own.is_null()) {
      cls->new_cache = own;
      cls->new_cache_version = cls->dict->keys_version;
      return Ref::borrow(own);
    }
  }
  return lookup_type(cls, intern("__new__"));
}

Ref VM::new_generator(Function* fn, PyFrame* f) {
  Generator* g;
  try {
    g = make<Generator>(t_generator, f, fn->name, fn->qualname);
  } catch (...) {
    free_pyframe(f);  // MemoryError: the frame and the arguments it holds go
    throw;
  }
  f->gen = g;
  g->id = next_gen_id++;
  return Ref(g);
}

bool VM::invoke(Frame* parent, Value fv, Value* args, size_t n, Tuple* kwnames, Value, Ref* result) {
  if (!fv.is_obj()) type_error("'" + type_of(fv)->name + "' object is not callable");
  Object* o = fv.as_obj();
  Type* t = o->type;
  if (t == t_function) {
    auto* fn = static_cast<Function*>(o);
    PyFrame* f = make_frame(fn, args, n, kwnames);
    if (fn->code->is_generator()) {
      *result = new_generator(fn, f);
      return false;
    }
    if (depth >= recursion_limit) {
      free_pyframe(f);
      raise(e_recursion, "maximum recursion depth exceeded");
    }
    ++depth;
    f->parent = parent;
    current = f;
    return true;
  }
  if (t == t_native) {
    auto* nf = static_cast<NativeFunction*>(o);
    CallArgs ca;
    std::vector<Value> with_self;
    if (!nf->self.is_null()) {
      with_self.push_back(nf->self);
      with_self.insert(with_self.end(), args, args + n + (kwnames ? kwnames->size : 0));
      ca.args = with_self.data(); ca.n = n + 1;
    } else {
      ca.args = args; ca.n = n;
    }
    ca.kwnames = kwnames;
    ca.kwvals = ca.args + ca.n;
    if (nf->fn) {
      Frame* saved = current;
      Value r = nf->fn(*this, ca);
      if (r.is_null()) return true;  // it resumed a frame (next, send ...)
      (void)saved;
      *result = Ref::steal(r);
      return false;
    }
    // A type's constructor shows in stack views under the type's name (list).
    bool ctor = nf->owner && std::string_view(nf->name) == "__new__";
    auto* frame = new NativeFrame(nf->co(*this, ca), ctor ? nf->owner : nf->name);
    frame->parent = parent;
    current = frame;
    // Run it up to its first suspension now, while the arguments are alive.
    resume_native(frame);
    return true;
  }
  if (t == t_method) {
    auto* bm = static_cast<BoundMethod*>(o);
    WithFirst full(bm->self, args, n + (kwnames ? kwnames->size : 0));
    Ref keep = Ref::borrow(fv);
    return invoke(parent, bm->func, full.data, n + 1, kwnames, Value::null(), result);
  }
  if (t->is_subtype(t_type)) {
    auto* cls = static_cast<Type*>(o);
    Ref ctor = type_new(cls);
    if (cls->builtin || ctor.is_null() || !(ctor.get().is_obj() && ctor.get().as_obj()->type == t_function)) {
      // Built-in layouts construct through their native __new__ (which takes the class first).
      if (cls->layout != Layout::Instance && cls->layout != Layout::Exception) {
        if (ctor.is_null()) type_error("cannot create '" + cls->name + "' instances");
        WithFirst full(fv, args, n + (kwnames ? kwnames->size : 0));
        if (cls->builtin) {
          Ref inst;
          bool pushed = invoke(parent, ctor.get(), full.data, n + 1, kwnames, Value::null(), &inst);
          if (pushed) return true;
          *result = std::move(inst);
          return false;
        }
      }
    }
    if (cls->abc) check_not_abstract(cls);
    Ref inst;
    // A subclass of a built-in layout (dict, tuple, a module type such as
    // collections.deque or a namedtuple): the native __new__ allocates the
    // object (it only fills it for the exact built-in type), then __init__ runs
    // as for any class, so `class D(dict)` and `super().__init__(...)` work.
    bool native_layout = cls->layout != Layout::Instance && cls->layout != Layout::Exception;
    if (native_layout && !(ctor.get().is_obj() && ctor.get().as_obj()->type == t_function)) {
      WithFirst full(fv, args, n + (kwnames ? kwnames->size : 0));
      inst = call_sync(ctor.get(), full.data, n + 1, kwnames);
      if (!type_of(inst.get())->is_subtype(cls)) { *result = std::move(inst); return false; }
    } else if (cls->layout == Layout::Exception) {
      auto* e = make<ExceptionObj>(os_error_construct_type(*this, cls, args, n));
      inst = Ref(e);
      decref(e->args);
      e->args = new_tuple(args, n).release();
    } else if (!ctor.is_null() && ctor.get().as_obj()->type == t_function) {
      WithFirst full(fv, args, n + (kwnames ? kwnames->size : 0));
      inst = call_sync(ctor.get(), full.data, n + 1, kwnames);
      if (!type_of(inst.get())->is_subtype(cls)) { *result = std::move(inst); return false; }
    } else {
      inst = Ref(make<Instance>(cls));
    }
    Ref init = lookup_type(cls, intern("__init__"));
    // A native __init__ runs for built-in layouts and their subclasses, and
    // for built-in classes whose instances are plain objects (threading.Thread).
    bool native_init = cls->layout != Layout::Exception && !init.is_null() && init.get().is_obj() &&
                       init.get().as_obj()->type == t_native;
    if (!native_init && (init.is_null() || !init.get().is_obj() || init.get().as_obj()->type != t_function)) {
      if (init.is_null() || cls->layout != Layout::Exception) {
        if (n || (kwnames && kwnames->size)) {
          // Neither __new__ (ctor, looked up above) nor __init__ defined anywhere but on object.
          Value object_new = dict_get(*this, t_object->dict, intern("__new__"));
          if (cls->layout != Layout::Exception && (init.is_null() || init.get().as_obj()->type == t_native) &&
              (ctor.is_null() || ctor.get() == object_new))
            type_error(cls->name + "() takes no arguments");
        }
      }
      *result = std::move(inst);
      return false;
    }
    WithFirst full(inst.get(), args, n + (kwnames ? kwnames->size : 0));
    Ref ir;
    parent->wait = Wait::Init;
    parent->wait_default = inst.get(); incref(inst.get());
    bool pushed;
    try {
      pushed = invoke(parent, init.get(), full.data, n + 1, kwnames, Value::null(), &ir);
    } catch (...) {
      // __init__ failed before running (bad arguments, a native's error).
      parent->wait = Wait::Call;
      decref(parent->wait_default); parent->wait_default = Value::null();
      throw;
    }
    if (pushed) return true;
    parent->wait = Wait::Call;
    decref(parent->wait_default); parent->wait_default = Value::null();
    *result = std::move(inst);
    return false;
  }
  // Instances with __call__.
  Ref call = lookup_type(t, intern("__call__"));
  if (!call.is_null()) {
    WithFirst full(fv, args, n + (kwnames ? kwnames->size : 0));
    return invoke(parent, call.get(), full.data, n + 1, kwnames, Value::null(), result);
  }
  type_error("'" + t->name + "' object is not callable");
}

bool VM::start_call(Frame* parent, Value f, const Value* args, size_t n, Tuple* kwnames, Ref* out) {
  parent->wait = Wait::Call;
  return invoke(parent, f, const_cast<Value*>(args), n, kwnames, Value::null(), out);
}

// ---------------------------------------------------------------- generators

Ref VM::resume_generator(Generator* g, Frame* parent, Wait w, uint32_t wait_arg, Value send, bool is_throw,
                         bool* pushed) {
  *pushed = false;
  if (g->state == GenState::Running) raise(e_value, "generator already executing");
  if (g->state == GenState::Closed) {
    if (is_throw) raise_value(send);
    return Ref();
  }
  if (g->state == GenState::Created && !is_throw && !send.is_none())
    raise(e_type, "can't send non-None value to a just-started generator");
  if (depth >= recursion_limit) raise(e_recursion, "maximum recursion depth exceeded");
  bool was_created = g->state == GenState::Created;
  PyFrame* f = enter_generator(g, parent, w, wait_arg);
  *pushed = true;
  if (is_throw) {
    incref(send);
    fail_current(send, true);
  } else if (!was_created) {
    incref(send);
    push_sent(f, send);
  }
  return Ref();
}

// ---------------------------------------------------------------- iteration

VM::NextResult VM::start_next(Frame* parent, Value it, Ref* out) {
  if (!it.is_obj()) type_error("'" + type_of(it)->name + "' object is not an iterator");
  Object* o = it.as_obj();
  Type* t = o->type;
  // `yield from` (Wait::Send) needs the subiterator's result when it ends;
  // every other consumer just learns that the iterator is exhausted.
  Wait w = parent->wait == Wait::Send ? Wait::Send : Wait::ForIter;
  if (t->layout == Layout::Iterator) {
    Ref r = next_sync(it);
    if (r.is_null()) return NextResult::Done;
    *out = std::move(r);
    return NextResult::Item;
  }
  if (t == t_generator) {
    auto* g = static_cast<Generator*>(o);
    if (g->state == GenState::Closed) return NextResult::Done;
    bool pushed;
    resume_generator(g, parent, w, parent->wait_arg, Value::none(), false, &pushed);
    return NextResult::Pushed;
  }
  if (t->layout == Layout::NativeIter) {
    auto* ni = static_cast<NativeIter*>(o);
    if (!ni->frame) return NextResult::Done;
    if (ni->running) raise(e_value, "generator already executing");
    ni->running = true;
    incref(ni);
    parent->wait = w;
    ni->frame->parent = parent;
    current = ni->frame;
    return NextResult::Pushed;
  }
  Ref nx = lookup_type(t, intern("__next__"));
  if (nx.is_null()) type_error("'" + t->name + "' object is not an iterator");
  Value self = it;
  uint32_t keep_arg = parent->wait_arg;
  try {
    bool pushed = invoke(parent, nx.get(), &self, 1, nullptr, Value::null(), out);
    if (pushed) { parent->wait = w; parent->wait_arg = keep_arg; return NextResult::Pushed; }
  } catch (PyException& e) {
    if (isinstance(e.exc, e_stop)) return NextResult::Done;
    throw;
  }
  return NextResult::Item;
}

// ---------------------------------------------------------------- synchronous helpers

Ref VM::call_sync(Value f, const Value* args, size_t n, Tuple* kwnames) {
  SinkFrame sink;
  Frame* saved = current;
  if (nested > 200) raise(e_recursion, "maximum recursion depth exceeded");
  Ref r;
  // Run with the sink as the caller; nothing here can pause.
  current = &sink;
  bool pushed;
  try {
    pushed = invoke(&sink, f, const_cast<Value*>(args), n, kwnames, Value::null(), &r);
  } catch (...) {
    current = saved;
    throw;
  }
  if (pushed) {
    ++nested;
    execute(&sink, false);
    --nested;
    current = saved;
    if (sink.kind == Outcome::Raise) throw PyException(sink.value);
    if (sink.kind == Outcome::Exhausted) {
      Ref v = Ref::steal(sink.value);
      // A generator that returns None raises a bare StopIteration().
      Ref ex = v.get().is_none() ? call_sync(Value::obj(e_stop), nullptr, 0) : call_sync(Value::obj(e_stop), {v.get()});
      raise_value(ex.get());
    }
    return Ref::steal(sink.value);
  }
  current = saved;
  return r;
}

Ref VM::next_sync(Value it) {
  if (it.is_obj() && it.as_obj()->type->layout == Layout::Iterator) {
    auto* si = static_cast<SeqIter*>(it.as_obj());
    if (si->kind == SeqIter::RangeIt) {  // holds no sequence: counts down `remaining`
      if (si->remaining <= 0) return Ref();
      --si->remaining;
      int64_t v = si->pos; si->pos += si->step;
      return from_int64(v);
    }
    if (si->seq.is_null()) return Ref();
    Value s = si->seq;
    switch (si->kind) {
      case SeqIter::ListIt: {
        List* l = as_list(s);
        if (size_t(si->pos) < l->items.size()) return Ref::borrow(l->items[size_t(si->pos++)]);
        break;
      }
      case SeqIter::Reversed: {
        List* l = as_list(s);
        if (si->pos >= 0 && size_t(si->pos) < l->items.size()) return Ref::borrow(l->items[size_t(si->pos--)]);
        break;
      }
      case SeqIter::TupleIt: {
        Tuple* t = as_tuple(s);
        if (size_t(si->pos) < t->size) return Ref::borrow(t->items[size_t(si->pos++)]);
        break;
      }
      case SeqIter::StrIt: {
        Str* st = as_str(s);
        if (size_t(si->pos) < st->len) {
          size_t start = size_t(si->pos);
          unsigned char c = static_cast<unsigned char>(st->data[start]);
          size_t w = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
          si->pos += int64_t(w);
          return str(std::string_view(st->data + start, w));
        }
        break;
      }
      case SeqIter::DictKeys: case SeqIter::DictValues: case SeqIter::DictItems: {
        Dict* d = as_dict(s);
        size_t pos = size_t(si->pos);
        Value k, v;
        if (si->step != int64_t(d->used)) {
          si->clear();
          raise(e_runtime, "dictionary changed size during iteration");
        }
        if (dict_next(d, &pos, &k, &v)) {
          si->pos = int64_t(pos);
          if (si->kind == SeqIter::DictKeys) return Ref::borrow(k);
          if (si->kind == SeqIter::DictValues) return Ref::borrow(v);
          Value kv[2] = {k, v};
          return new_tuple(kv, 2);
        }
        break;
      }
      case SeqIter::SetIt: {
        Set* st = as_set(s);
        size_t pos = size_t(si->pos);
        Value k;
        if (si->step != int64_t(st->used)) {
          si->clear();
          raise(e_runtime, "Set changed size during iteration");
        }
        if (set_next(st, &pos, &k)) { si->pos = int64_t(pos); return Ref::borrow(k); }
        break;
      }
    }
    si->clear();
    return Ref();
  }
  if (it.is_obj() && it.as_obj()->type == t_generator) {
    auto* g = static_cast<Generator*>(it.as_obj());
    if (g->state == GenState::Closed) return Ref();
    SinkFrame sink;
    Frame* saved = current;
    current = &sink;
    bool pushed;
    try { resume_generator(g, &sink, Wait::ForIter, 0, Value::none(), false, &pushed); }
    catch (...) { current = saved; throw; }
    ++nested;
    execute(&sink, false);
    --nested;
    current = saved;
    if (sink.kind == Outcome::Raise) throw PyException(sink.value);
    if (sink.kind == Outcome::Exhausted) { decref(sink.value); return Ref(); }
    return Ref::steal(sink.value);
  }
  if (it.is_obj() && it.as_obj()->type->layout == Layout::NativeIter) {
    auto* ni = static_cast<NativeIter*>(it.as_obj());
    if (!ni->frame) return Ref();
    if (ni->running) raise(e_value, "generator already executing");
    SinkFrame sink;
    Frame* saved = current;
    sink.wait = Wait::ForIter;
    ni->running = true;
    incref(ni);
    ni->frame->parent = &sink;
    current = ni->frame;
    ++nested;
    execute(&sink, false);
    --nested;
    current = saved;
    if (sink.kind == Outcome::Raise) throw PyException(sink.value);
    if (sink.kind == Outcome::Exhausted) { decref(sink.value); return Ref(); }
    return Ref::steal(sink.value);
  }
  Ref nx = lookup_type(type_of(it), intern("__next__"));
  if (nx.is_null()) type_error("'" + type_of(it)->name + "' object is not an iterator");
  try {
    return call_sync(nx.get(), {it});
  } catch (PyException& e) {
    if (isinstance(e.exc, e_stop)) return Ref();
    throw;
  }
}

std::vector<Ref> VM::collect(Value iterable) {
  std::vector<Ref> out;
  if (iterable.is_obj() && iterable.as_obj()->type == t_list) {
    for (Value v : as_list(iterable)->items) out.push_back(Ref::borrow(v));
    return out;
  }
  if (iterable.is_obj() && iterable.as_obj()->type == t_tuple) {
    Tuple* t = as_tuple(iterable);
    for (size_t i = 0; i < t->size; ++i) out.push_back(Ref::borrow(t->items[i]));
    return out;
  }
  Ref it = get_iter(iterable);
  for (;;) {
    Ref x = next_sync(it.get());
    if (x.is_null()) break;
    out.push_back(std::move(x));
  }
  return out;
}

// Each kind of native iterator has its own type, as in CPython, so
// type(map(f, xs)).__name__ is 'map' and isinstance(m, map) holds.
Type* VM::native_iter_type(const char* name) {
  auto it = native_iter_types_.find(name);
  if (it != native_iter_types_.end()) return it->second;
  Type* t = new_builtin_type(name, Layout::NativeIter, t_object);
  native_iter_types_[name] = t;
  // it.__next__ and it.__iter__, as the built-in iterators have them (builtins.cpp).
  for (const char* m : {"__next__", "__iter__"}) {
    Value f = dict_get_str(t_iterator->dict, m);
    if (!f.is_null()) dict_set(*this, t->dict, intern(m), f);
  }
  return t;
}

Ref VM::make_native_iter(Task t, const char* name) {
  auto* ni = make<NativeIter>(native_iter_type(name), std::move(t), name);
  return Ref(ni);
}

// The calls run_python does not make itself (builtins, bound methods,
// classes, keywords, defaults): CALL is [callable, args..., kwnames if
// keywords], CALL_METHOD [method, self or null, args...]. Out of the loop,
// which has saved its ip and sp into f: the loop's wasm body is then 7%
// smaller (V8 compiles it sooner), and this small function tiers up on its
// own. True when the callee was pushed as a frame; its result arrives on
// f's stack when it delivers. f->sp is kept right for an exception.
bool VM::call_from_stack(PyFrame* f, uint32_t ins) {
  uint32_t arg = arg_of(ins);
  uint32_t n = arg & 0xFFFF;
  bool kw = arg & (1u << 16);
  Value* top = f->stack + f->sp;
  Value* base = top - (kw ? 1 : 0) - n - (op_of(ins) == CALL_METHOD ? 2 : 1);
  // Move callable and arguments off the stack so the callee's result lands
  // where the callable was, whenever it is delivered.
  ArgBuffer buf(base, size_t(top - base));
  f->sp = uint32_t(base - f->stack);
  Value* args = buf.data + 1;
  size_t argc = n;
  if (op_of(ins) == CALL_METHOD) {
    if (args[0].is_null()) ++args; else ++argc;
  }
  Tuple* kwnames = kw ? as_tuple(buf.data[buf.n - 1]) : nullptr;
  f->wait = Wait::Call;
  Ref result;
  if (invoke(f, buf.data[0], args, argc - (kw ? kwnames->size : 0), kwnames, Value::null(), &result)) return true;
  f->stack[f->sp++] = result.release();
  return false;
}

}  // namespace yl
