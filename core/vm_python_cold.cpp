// The dispatch loop's rare opcodes and slow paths, out of line: imports,
// raise and with, building functions, sets, dicts and f-strings, unpacking
// anything but a tuple or list of the right length, name lookups of module
// and class bodies, and the errors of the common opcodes.
//
// Kept out of run_python so the loop stays small. In wasm that is speed:
// V8 runs a program's first fraction of a second in baseline code while it
// compiles the loop with its optimising tier in the background, and that
// compile time grows with the loop's size (117 ms for the whole loop in
// Node 20 on the benchmark machine).
#include "vm.h"
#include "objects/collections_ops.h"
#include "objects/str_format.h"

namespace yl {

Ref format_value(VM& vm, Value v, std::string_view spec);  // str_methods.cpp

void VM::raise_unbound_local(Code* code, uint32_t slot) {
  raise(e_unbound, "cannot access local variable '" + as_str(code->varnames[slot])->str() +
                       "' where it is not associated with a value");
}

void VM::raise_unbound_deref(Code* code, uint32_t slot) {
  size_t nc = code->cellnames.size();
  Value nm = slot < nc ? code->cellnames[slot] : code->freenames[slot - nc];
  if (slot < nc) raise(e_unbound, "cannot access local variable '" + as_str(nm)->str() + "' where it is not associated with a value");
  raise(e_name, "cannot access free variable '" + as_str(nm)->str() + "' where it is not associated with a value in enclosing scope");
}

// The loop has saved its ip and sp into `f` before the call and reloads both
// after it, so an opcode here may move either. Whatever throws, f->sp must
// match what the stack owns when the exception leaves (the unwinder releases
// exactly those values), hence the catch-all below.
VM::ColdEnd VM::run_cold_op(PyFrame* f, uint32_t ins) {
  Code* code = f->code;
  uint32_t arg = arg_of(ins);
  Value* sp = f->stack + f->sp;
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define AT(k) (sp[-ptrdiff_t(k)])
#define SYNC() (f->sp = uint32_t(sp - f->stack))
#define JUMP_TO(target) (f->ip = (target))
#define CELLS (f->slots + code->nlocals())
#define NAME(i) (code->names[i])
  ColdEnd end = ColdEnd::Next;
  try {
    switch (op_of(ins)) {
      case DELETE_FAST: {
        Value old = f->slots[arg];
        if (old.is_null()) raise_unbound_local(code, arg);
        f->slots[arg] = Value::null(); decref(old); break;
      }
      case LOAD_CLASSDEREF: {
        size_t nc = code->cellnames.size();
        Value nm = arg < nc ? code->cellnames[arg] : code->freenames[arg - nc];
        Value v = f->locals_dict ? dict_get(*this, f->locals_dict, nm) : Value::null();
        if (v.is_null()) v = static_cast<Cell*>(CELLS[arg].as_obj())->value;
        if (v.is_null()) raise(e_name, "cannot access free variable '" + as_str(nm)->str() + "'");
        incref(v); PUSH(v); break;
      }
      case DELETE_GLOBAL:
        if (!dict_del(*this, f->globals, NAME(arg))) raise_name_error(NAME(arg));
        break;
      case LOAD_NAME: {
        Value v = f->locals_dict ? dict_get(*this, f->locals_dict, NAME(arg)) : Value::null();
        if (v.is_null()) v = dict_get(*this, f->globals, NAME(arg));
        if (v.is_null()) v = dict_get(*this, builtins, NAME(arg));
        if (v.is_null()) raise_name_error(NAME(arg));
        incref(v); PUSH(v); break;
      }
      case STORE_NAME:
        dict_set(*this, f->locals_dict ? f->locals_dict : f->globals, NAME(arg), TOP());
        decref(POP()); break;
      case DELETE_NAME:
        if (!dict_del(*this, f->locals_dict ? f->locals_dict : f->globals, NAME(arg)))
          raise_name_error(NAME(arg));
        break;
      case DELETE_ATTR: delattr(TOP(), NAME(arg)); decref(POP()); break;
      case CALL_EX: {
        // The callable and its arguments leave the stack first, so the
        // result lands where the callable was, whenever it is delivered.
        Value* base = sp - 2 - (arg & 1);
        std::vector<Ref> held;
        for (Value* p = base; p < sp; ++p) held.push_back(Ref::steal(*p));
        sp = base; SYNC();
        Value fn = held[0].get();
        Tuple* t = as_tuple(held[1].get());
        std::vector<Value> argv(t->items, t->items + t->size);
        Ref names;
        if (arg & 1) {
          Dict* d = as_dict(held[2].get());
          std::vector<Value> nm;
          size_t pos = 0; Value k, v;
          while (dict_next(d, &pos, &k, &v)) {
            if (!(k.is_obj() && k.as_obj()->type == t_str)) type_error("keywords must be strings");
            nm.push_back(k); argv.push_back(v);
          }
          names = new_tuple(nm.data(), nm.size());
        }
        Ref result;
        f->wait = Wait::Call;
        Tuple* kn = names.is_null() ? nullptr : names.as<Tuple>();
        if (invoke(f, fn, argv.data(), t->size, kn, Value::null(), &result)) { end = ColdEnd::Switch; break; }
        PUSH(result.release());
        break;
      }
      case BUILD_SET: {
        Ref s = new_set();
        for (uint32_t i = 0; i < arg; ++i) set_add(*this, s.as<Set>(), AT(arg - i));
        for (uint32_t i = 0; i < arg; ++i) decref(POP());
        PUSH(s.release());
        break;
      }
      case BUILD_MAP: {
        Ref d = new_dict();
        for (uint32_t i = 0; i < arg; ++i)
          dict_set(*this, d.as<Dict>(), AT(2 * (arg - i)), AT(2 * (arg - i) - 1));
        for (uint32_t i = 0; i < 2 * arg; ++i) decref(POP());
        PUSH(d.release());
        break;
      }
      case BUILD_STRING: {
        std::string out;
        for (uint32_t i = 0; i < arg; ++i) out += as_str(AT(arg - i))->view();
        for (uint32_t i = 0; i < arg; ++i) decref(POP());
        PUSH(str(out).release());
        break;
      }
      case SET_ADD:
        set_add(*this, as_set(AT(1 + arg)), TOP());
        decref(POP());
        break;
      case MAP_ADD:
        dict_set(*this, as_dict(AT(2 + arg)), SECOND(), TOP());
        decref(POP()); decref(POP());
        break;
      case LIST_EXTEND: case SET_UPDATE: {
        if (op_of(ins) == LIST_EXTEND) check_star_operand(TOP(), arg & kCallArgFlag ? AT(3) : Value::null());
        std::vector<Ref> items = collect(TOP());
        Value target = AT(1 + (arg & kStackDepthMask));
        for (auto& it : items) {
          if (op_of(ins) == LIST_EXTEND) list_append(as_list(target), it.get());
          else set_add(*this, as_set(target), it.get());
        }
        decref(POP());
        break;
      }
      case DICT_UPDATE: {
        Value src = TOP();
        check_double_star_operand(src, arg & kCallArgFlag ? AT(4) : Value::null());
        Dict* d = as_dict(AT(1 + (arg & kStackDepthMask)));
        if (src.is_obj() && src.as_obj()->type == t_dict) {
          size_t pos = 0; Value k, v;
          while (dict_next(as_dict(src), &pos, &k, &v)) dict_set(*this, d, k, v);
        } else {
          Ref keys = call_sync(getattr(src, intern("keys")).get(), {});
          for (auto& k : collect(keys.get())) dict_set(*this, d, k.get(), getitem(src, k.get()).get());
        }
        decref(POP());
        break;
      }
      case LIST_TO_TUPLE: {
        List* l = as_list(TOP());
        Ref t = new_tuple(l->items.data(), l->items.size());
        decref(TOP()); TOP() = t.release();
        break;
      }
      case FORMAT_VALUE: {
        Value spec = (arg & 4) ? POP() : Value::null();
        Ref hold = Ref::steal(spec);
        SYNC();
        Value v = TOP();
        Ref conv;
        switch (arg & 3) {
          case 1: conv = to_str(v); break;
          case 2: conv = repr(v); break;
          case 3: conv = str_ascii(*this, v); break;
          default: conv = Ref::borrow(v); break;
        }
        Ref r = format_value(*this, conv.get(), spec.is_null() ? std::string_view() : as_str(spec)->view());
        decref(TOP()); TOP() = r.release();
        break;
      }
      case UNPACK_SEQUENCE: case UNPACK_EX: {
        // What the loop's in-place unpacking of a tuple or list of the right
        // length leaves: any other iterable, wrong lengths, starred targets.
        Value seq = TOP();
        std::vector<Ref> items;
        if (seq.is_obj() && seq.as_obj()->type == t_tuple) {
          Tuple* t = as_tuple(seq);
          for (size_t i = 0; i < t->size; ++i) items.push_back(Ref::borrow(t->items[i]));
        } else if (seq.is_obj() && seq.as_obj()->type == t_list) {
          for (Value v : as_list(seq)->items) items.push_back(Ref::borrow(v));
        } else {
          Ref it;
          try { it = get_iter(seq); }
          catch (PyException& e) {
            if (!isinstance(e.exc, e_type)) throw;
            type_error("cannot unpack non-iterable " + type_of(seq)->name + " object");
          }
          // A fixed-size target takes one item more than it needs, as
          // CPython does, so an endless iterator still gets its error.
          size_t limit = op_of(ins) == UNPACK_SEQUENCE ? size_t(arg) + 1 : SIZE_MAX;
          while (items.size() < limit) {
            Ref x = next_sync(it.get());
            if (x.is_null()) break;
            items.push_back(std::move(x));
          }
        }
        if (op_of(ins) == UNPACK_SEQUENCE) {
          if (items.size() != arg) {
            if (items.size() < arg)
              raise(e_value, "not enough values to unpack (expected " + std::to_string(arg) + ", got " + std::to_string(items.size()) + ")");
            raise(e_value, "too many values to unpack (expected " + std::to_string(arg) + ")");
          }
          decref(POP());
          for (size_t i = items.size(); i-- > 0;) PUSH(items[i].release());
        } else {
          size_t before = arg & 0xFF, after = arg >> 8;
          if (items.size() < before + after)
            raise(e_value, "not enough values to unpack (expected at least " + std::to_string(before + after) + ", got " + std::to_string(items.size()) + ")");
          decref(POP());
          for (size_t i = 0; i < after; ++i) PUSH(items[items.size() - 1 - i].release());
          Ref mid = new_list();
          for (size_t i = before; i < items.size() - after; ++i) list_append(mid.as<List>(), items[i].get());
          PUSH(mid.release());
          for (size_t i = before; i-- > 0;) PUSH(items[i].release());
        }
        break;
      }
      case MAKE_FUNCTION: {
        Value qualname = POP();
        Value codev = POP();
        auto* fn = make<Function>(t_function);
        fn->code = static_cast<Code*>(codev.as_obj());
        fn->globals = f->globals; incref(f->globals);
        fn->qualname = qualname;
        fn->name = intern(fn->code->name); incref(fn->name);
        fn->module = Value::none();
        Value mod = dict_get(*this, f->globals, intern("__name__"));
        if (!mod.is_null()) { fn->module = mod; } incref(fn->module);
        if (arg & 4) fn->closure = as_tuple(POP());
        if (arg & 8) fn->annotations = as_dict(POP());
        if (arg & 2) fn->kwdefaults = as_dict(POP());
        if (arg & 1) fn->defaults = as_tuple(POP());
        PUSH(Value::obj(fn));
        break;
      }
      case SEND: {
        // The loop resumes generators itself; this is `yield from` anything
        // else: next() for None, the iterator's send() for other values.
        Value v = POP();
        Value sub = TOP();
        SYNC();
        Ref hold = Ref::steal(v);
        Ref item;
        if (v.is_none()) {
          f->wait = Wait::Send; f->wait_arg = arg;
          NextResult nr = start_next(f, sub, &item);
          if (nr == NextResult::Pushed) { end = ColdEnd::Switch; break; }
          f->wait = Wait::Call;
          if (nr == NextResult::Item) { PUSH(item.release()); break; }
          decref(POP()); PUSH(Value::none()); JUMP_TO(arg);
          break;
        }
        Ref send = getattr(sub, intern("send"));
        f->wait = Wait::Send; f->wait_arg = arg;
        Value a[1] = {v};
        if (invoke(f, send.get(), a, 1, nullptr, Value::null(), &item)) { end = ColdEnd::Switch; break; }
        f->wait = Wait::Call;
        PUSH(item.release());
        break;
      }
      case RERAISE: {
        Value e = POP();
        SYNC();
        fail_current(e, false);
        end = ColdEnd::Return;
        break;
      }
      case CHECK_EXC_MATCH: {
        Value t = POP();
        Ref hold = Ref::steal(t);
        SYNC();
        Value e = TOP();
        bool m = false;
        auto check = [&](Value ty) {
          if (!(ty.is_obj() && ty.as_obj()->type->is_subtype(t_type)) ||
              !static_cast<Type*>(ty.as_obj())->is_subtype(e_base))
            type_error("catching classes that do not inherit from BaseException is not allowed");
          return type_of(e)->is_subtype(static_cast<Type*>(ty.as_obj()));
        };
        if (t.is_obj() && t.as_obj()->type == t_tuple) {
          Tuple* tt = as_tuple(t);
          for (size_t i = 0; i < tt->size; ++i) if (check(tt->items[i])) m = true;
        } else {
          m = check(t);
        }
        PUSH(Value::boolean(m));
        break;
      }
      case RAISE: {
        Value cause = arg >= 2 ? POP() : Value::null();
        Value exc = arg >= 1 ? POP() : Value::null();
        Ref hc = Ref::steal(cause), he = Ref::steal(exc);
        SYNC();
        end = ColdEnd::Return;
        if (arg == 0) {
          Value h = Value::null();
          for (Frame* x = f; x; x = x->parent) {
            if (x->kind != FrameKind::Python) continue;
            Value hh = static_cast<PyFrame*>(x)->handled;
            if (!hh.is_null() && !hh.is_none()) { h = hh; break; }
            if (static_cast<PyFrame*>(x)->gen) break;
          }
          if (h.is_null()) raise(e_runtime, "No active exception to reraise");
          incref(h);
          // A bare raise re-raises with the traceback the exception has
          // (it already names this frame): no entry for the raise line.
          fail_current(h, false);
          break;
        }
        Ref inst;
        if (exc.is_obj() && exc.as_obj()->type->is_subtype(t_type) &&
            static_cast<Type*>(exc.as_obj())->is_subtype(e_base)) {
          inst = call_sync(exc, {});
        } else if (isinstance(exc, e_base)) {
          inst = he;
        } else {
          type_error("exceptions must derive from BaseException");
        }
        if (arg >= 2) {
          auto* eo = static_cast<ExceptionObj*>(inst.get().as_obj());
          Value c = cause;
          Ref cinst;
          if (c.is_obj() && c.as_obj()->type->is_subtype(t_type)) { cinst = call_sync(c, {}); c = cinst.get(); }
          else if (!c.is_none() && !isinstance(c, e_base)) type_error("exception causes must derive from BaseException");
          incref(c);
          decref(eo->cause); eo->cause = c;
          eo->suppress_context = true;
        }
        fail_current(inst.release(), true);
        break;
      }
      case BEFORE_WITH: {
        Value ctx = TOP();
        Ref enter = lookup_type(type_of(ctx), intern("__enter__"));
        Ref exit = lookup_type(type_of(ctx), intern("__exit__"));
        if (enter.is_null() || exit.is_null())
          type_error("'" + type_of(ctx)->name + "' object does not support the context manager protocol");
        Ref be = getattr(ctx, intern("__exit__"));
        Ref bn = getattr(ctx, intern("__enter__"));
        decref(TOP());
        TOP() = be.release();
        PUSH(bn.release());
        break;
      }
      case WITH_EXIT_ARGS: {
        Value exc = TOP(), exit = SECOND();
        incref(exit); PUSH(exit);
        Value ty = Value::obj(type_of(exc)); incref(ty); PUSH(ty);
        incref(exc); PUSH(exc);
        PUSH(Value::none());
        break;
      }
      case IMPORT_NAME: {
        bool leaf = arg & (1u << 23);
        std::string name = as_str(NAME(arg & 0x7FFFFF))->str();
        Ref m = import_module(name);
        if (!leaf && name.find('.') != std::string::npos) m = import_module(name.substr(0, name.find('.')));
        PUSH(m.release());
        break;
      }
      case IMPORT_FROM: {
        Ref v = getattr_opt(TOP(), NAME(arg));
        if (v.is_null()) {
          auto* m = static_cast<Module*>(TOP().as_obj());
          raise(e_import, "cannot import name '" + as_str(NAME(arg))->str() + "' from '" + m->name + "' (unknown location)");
        }
        PUSH(v.release());
        break;
      }
      case IMPORT_STAR: {
        auto* m = static_cast<Module*>(TOP().as_obj());
        size_t pos = 0; Value k, v;
        Dict* target = f->locals_dict ? f->locals_dict : f->globals;
        while (dict_next(m->dict, &pos, &k, &v))
          if (as_str(k)->len && as_str(k)->data[0] != '_') dict_set(*this, target, k, v);
        decref(POP());
        break;
      }
      case LOAD_BUILD_CLASS: {
        Value v = dict_get(*this, builtins, intern("__build_class__"));
        incref(v); PUSH(v);
        break;
      }
      case PRINT_EXPR: {
        Value v = TOP();
        if (!v.is_none()) write_out(repr_s(v) + "\n");
        decref(POP());
        break;
      }
      default:
        raise(e_runtime, std::string("unknown opcode ") + op_name(op_of(ins)));
    }
  } catch (...) {
    SYNC();
    throw;
  }
  // After a switch the callee may already have delivered its result onto
  // this frame's stack (a native callee does at once): f->sp counts it.
  if (end == ColdEnd::Next) SYNC();
  return end;
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef AT
#undef SYNC
#undef JUMP_TO
#undef CELLS
#undef NAME
}

}  // namespace yl
