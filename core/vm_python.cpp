// The bytecode dispatch loop for one Python frame. It returns whenever the
// current frame changes to something that is not a plain Python frame
// continuation (a native frame, a sink), when an exception is pending, or
// when the instruction budget is spent.
#include <cmath>
#include "objects/collections_ops.h"
#include "vm.h"
#include "objects/str_format.h"

namespace yl {

Ref format_value(VM& vm, Value v, std::string_view spec);  // str_methods.cpp

namespace {

Value fast_binary(Value a, Value b, uint32_t op) {
  if (a.is_int() && b.is_int()) {
    int64_t x = a.as_int(), y = b.as_int(), r;
    switch (op) {
      case B_ADD: r = x + y; break;
      case B_SUB: r = x - y; break;
      case B_MUL:
        if (__builtin_mul_overflow(x, y, &r)) return Value::null();
        break;
      case B_FLOORDIV:
        if (y == 0) return Value::null();
        r = x / y; if ((x % y != 0) && ((x < 0) != (y < 0))) --r;
        break;
      case B_MOD:
        if (y == 0) return Value::null();
        r = x % y; if (r != 0 && ((r < 0) != (y < 0))) r += y;
        break;
      case B_AND: r = x & y; break;
      case B_OR: r = x | y; break;
      case B_XOR: r = x ^ y; break;
      default: return Value::null();
    }
    return Value::fits_small(r) ? Value::small(r) : Value::null();
  }
  if (a.is_float() && b.is_float()) {
    double x = a.as_float(), y = b.as_float();
    switch (op) {
      case B_ADD: return Value::flt(x + y);
      case B_SUB: return Value::flt(x - y);
      case B_MUL: return Value::flt(x * y);
      case B_TRUEDIV: if (y == 0) return Value::null(); return Value::flt(x / y);
      default: return Value::null();
    }
  }
  return Value::null();
}

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

Value VM::load_global_slow(Code* code, Dict* globals, uint32_t i) {
  Value name = code->names[i];
  if (code->global_cache.size() != code->names.size()) code->global_cache.resize(code->names.size());
  Code::GlobalCache& c = code->global_cache[i];
  c.globals = nullptr;  // invalid until both lookups are done
  int32_t e = dict_find(*this, globals, name);
  Dict* home = globals;
  if (e < 0) {
    home = builtins;
    e = dict_find(*this, builtins, name);
    if (e < 0) raise_name_error(name);
  }
  // The versions are read after the lookups, which may have compared keys
  // by running Python __eq__ (a user's key in globals()).
  c.globals = globals;
  c.globals_version = globals->keys_version;
  c.builtins = home == globals ? nullptr : builtins;
  c.builtins_version = builtins->keys_version;
  c.entry = uint32_t(e);
  return home->entries[size_t(e)].value;
}

void VM::run_python(PyFrame* f) {
  Code* code;
  // The loop keeps just the frame, the next instruction and the top of the
  // stack in variables (pointers, so they stay in registers); everything
  // else is read from the frame when an instruction needs it.
  const uint32_t* ops;  // code->ops.data(), for jumps
  const uint32_t* pc;
  Value* sp;            // one past the top of the value stack

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define AT(k) (sp[-ptrdiff_t(k)])  // the k-th value from the top, TOP() being AT(1)
#define SAVE() (f->ip = uint32_t(pc - ops), f->sp = uint32_t(sp - f->stack))
#define LOCALS (f->slots)
#define CELLS (f->slots + code->nlocals())
#define NAME(i) (code->names[i])
// Where this frame has handed control to another (a call pushed a frame, a
// yield or return delivered its value), the loop goes on in the new current
// frame right here when that is a Python frame and nothing needs execute()'s
// attention (an exception to propagate, an interrupt, threads to schedule):
// a call or a generator resume then costs no trip out of this function.
#define SWITCH_FRAME()                                                                      \
  do {                                                                                      \
    if (current->kind != FrameKind::Python || !pending_.is_null() || interrupted_ || threads) \
      return;                                                                               \
    f = static_cast<PyFrame*>(current);                                                     \
    goto enter;                                                                             \
  } while (0)

  try {
  enter:
    code = f->code;
    ops = code->ops.data();
    pc = ops + f->ip;
    sp = f->stack + f->sp;
    for (;;) {
      if (--ticks < 0 && nested == 0) {
        ++ticks;
        SAVE();
        if (!interrupted_) budget_hit = true;
        return;
      }
      uint32_t ins = *pc++;
      uint32_t arg = arg_of(ins);
      switch (op_of(ins)) {
        case NOP: break;
        case POP_TOP: decref(POP()); break;
        case ROT_TWO: std::swap(sp[-1], sp[-2]); break;
        case ROT_THREE: { Value t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = t; break; }
        case DUP_TOP: { Value v = TOP(); incref(v); PUSH(v); break; }
        case DUP_TOP_TWO: { Value a = sp[-2], b = sp[-1]; incref(a); incref(b); PUSH(a); PUSH(b); break; }
        case LOAD_CONST: { Value v = code->consts[arg]; incref(v); PUSH(v); break; }
        case LOAD_FAST: {
          Value v = LOCALS[arg];
          if (v.is_null()) {
            SAVE();
            raise(e_unbound, "cannot access local variable '" + as_str(code->varnames[arg])->str() +
                                 "' where it is not associated with a value");
          }
          incref(v); PUSH(v);
          // `a + b`, `x[i]`, `c == col`: a second LOAD_FAST runs in the same
          // dispatch. It still counts as an instruction, so only while the
          // slice has one to spare (a budget of 1, as stepping uses, never fuses).
          uint32_t next = *pc;
          if (op_of(next) == LOAD_FAST && ticks > 0) {
            Value w = LOCALS[arg_of(next)];
            if (!w.is_null()) { --ticks; ++pc; incref(w); PUSH(w); }
          }
          break;
        }
        case STORE_FAST: { Value old = LOCALS[arg]; LOCALS[arg] = POP(); decref(old); break; }
        case DELETE_FAST: {
          Value old = LOCALS[arg];
          if (old.is_null()) { SAVE(); raise(e_unbound, "cannot access local variable '" + as_str(code->varnames[arg])->str() + "' where it is not associated with a value"); }
          LOCALS[arg] = Value::null(); decref(old); break;
        }
        case LOAD_DEREF: {
          Value v = static_cast<Cell*>(CELLS[arg].as_obj())->value;
          if (v.is_null()) {
            SAVE();
            size_t nc = code->cellnames.size();
            Value nm = arg < nc ? code->cellnames[arg] : code->freenames[arg - nc];
            if (arg < nc) raise(e_unbound, "cannot access local variable '" + as_str(nm)->str() + "' where it is not associated with a value");
            raise(e_name, "cannot access free variable '" + as_str(nm)->str() + "' where it is not associated with a value in enclosing scope");
          }
          incref(v); PUSH(v); break;
        }
        case STORE_DEREF: {
          auto* c = static_cast<Cell*>(CELLS[arg].as_obj());
          Value old = c->value; c->value = POP(); decref(old); break;
        }
        case DELETE_DEREF: {
          auto* c = static_cast<Cell*>(CELLS[arg].as_obj());
          Value old = c->value; c->value = Value::null(); decref(old); break;
        }
        case LOAD_CLOSURE: incref(CELLS[arg]); PUSH(CELLS[arg]); break;
        case LOAD_CLASSDEREF: {
          size_t nc = code->cellnames.size();
          Value nm = arg < nc ? code->cellnames[arg] : code->freenames[arg - nc];
          Value v = f->locals_dict ? dict_get(*this, f->locals_dict, nm) : Value::null();
          if (v.is_null()) v = static_cast<Cell*>(CELLS[arg].as_obj())->value;
          if (v.is_null()) { SAVE(); raise(e_name, "cannot access free variable '" + as_str(nm)->str() + "'"); }
          incref(v); PUSH(v); break;
        }
        case LOAD_GLOBAL: {
          Value v = Value::null();
          Dict* g = f->globals;
          if (arg < code->global_cache.size()) {
            const Code::GlobalCache& c = code->global_cache[arg];
            if (c.globals == g && c.globals_version == g->keys_version) {
              if (!c.builtins) v = g->entries[c.entry].value;
              else if (c.builtins == builtins && c.builtins_version == builtins->keys_version)
                v = builtins->entries[c.entry].value;
            }
          }
          if (v.is_null()) {
            SAVE();
            v = load_global_slow(code, g, arg);
          }
          incref(v); PUSH(v); break;
        }
        case STORE_GLOBAL: { SAVE(); dict_set(*this, f->globals, NAME(arg), TOP()); decref(POP()); break; }
        case DELETE_GLOBAL:
          SAVE();
          if (!dict_del(*this, f->globals, NAME(arg))) raise_name_error(NAME(arg));
          break;
        case LOAD_NAME: {
          Value v = f->locals_dict ? dict_get(*this, f->locals_dict, NAME(arg)) : Value::null();
          if (v.is_null()) v = dict_get(*this, f->globals, NAME(arg));
          if (v.is_null()) v = dict_get(*this, builtins, NAME(arg));
          if (v.is_null()) { SAVE(); raise_name_error(NAME(arg)); }
          incref(v); PUSH(v); break;
        }
        case STORE_NAME: {
          SAVE();
          dict_set(*this, f->locals_dict ? f->locals_dict : f->globals, NAME(arg), TOP());
          decref(POP()); break;
        }
        case DELETE_NAME:
          SAVE();
          if (!dict_del(*this, f->locals_dict ? f->locals_dict : f->globals, NAME(arg)))
            raise_name_error(NAME(arg));
          break;
        case LOAD_ATTR: {
          SAVE();
          Ref r = getattr(TOP(), NAME(arg));
          decref(TOP()); TOP() = r.release(); break;
        }
        case STORE_ATTR: {
          SAVE();
          setattr(TOP(), NAME(arg), SECOND());
          decref(POP()); decref(POP()); break;
        }
        case DELETE_ATTR: { SAVE(); delattr(TOP(), NAME(arg)); decref(POP()); break; }
        case LOAD_METHOD: {
          SAVE();
          Value obj = TOP();
          Type* t = type_of(obj);
          bool plain_instance = obj.is_obj() && (t->layout == Layout::Instance || t->layout == Layout::Exception);
          Ref m = lookup_type(t, NAME(arg));
          bool is_func = !m.is_null() && m.get().is_obj() &&
                         (m.get().as_obj()->type == t_function || m.get().as_obj()->type == t_native);
          if (is_func && plain_instance) {
            Dict* d = static_cast<Instance*>(obj.as_obj())->attrs;
            if (!dict_get(*this, d, NAME(arg)).is_null()) is_func = false;
          }
          // A super object finds its methods past its class (super().__new__), not on `super`.
          if (is_func && t->layout != Layout::Type && t->layout != Layout::Module && t->layout != Layout::Super) {
            // [method, self]: the call passes self without a bound-method object.
            sp[-1] = m.release();
            PUSH(obj);
          } else {
            Ref r = getattr(obj, NAME(arg));
            decref(obj);
            sp[-1] = r.release();
            PUSH(Value::null());
          }
          break;
        }
        case CALL_METHOD: case CALL: {
          uint32_t n = arg & 0xFFFF;
          bool kw = arg & (1u << 16);
          uint32_t kwslot = kw ? 1 : 0;
          Value* base = sp - kwslot - n - (op_of(ins) == CALL_METHOD ? 2 : 1);
          // Move callable and arguments off the stack so the callee's result
          // lands where the callable was, whenever it is delivered.
          ArgBuffer buf(base, size_t(sp - base));
          sp = base;
          SAVE();
          Value* args = buf.data + 1;
          size_t argc = n;
          if (op_of(ins) == CALL_METHOD) {
            if (args[0].is_null()) ++args; else ++argc;
          }
          Tuple* kwnames = kw ? as_tuple(buf.data[buf.n - 1]) : nullptr;
          f->wait = Wait::Call;
          Ref result;
          bool pushed = invoke(f, buf.data[0], args, argc - (kw ? kwnames->size : 0), kwnames, Value::null(), &result);
          if (pushed) SWITCH_FRAME();  // the result arrives on this stack when the callee delivers
          PUSH(result.release());
          break;
        }
        case CALL_EX: {
          Value* base = sp - 2 - (arg & 1);
          ArgBuffer buf(base, size_t(sp - base));
          sp = base;
          SAVE();
          Value fn = buf.data[0];
          Tuple* t = as_tuple(buf.data[1]);
          std::vector<Value> argv(t->items, t->items + t->size);
          Ref names;
          if (arg & 1) {
            Dict* d = as_dict(buf.data[2]);
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
          bool pushed = invoke(f, fn, argv.data(), t->size, kn, Value::null(), &result);
          if (pushed) SWITCH_FRAME();
          PUSH(result.release());
          break;
        }
        case BINARY: case INPLACE: {
          Value b = TOP(), a = SECOND();
          Value r = fast_binary(a, b, arg);
          if (r.is_null()) {
            SAVE();
            r = binary(a, b, BinOp(arg), op_of(ins) == INPLACE).release();
          }
          decref(a); decref(b);
          --sp; TOP() = r;
          break;
        }
        case UNARY: {
          Value a = TOP();
          Value r;
          if (arg == U_NOT) { SAVE(); r = Value::boolean(!truthy(a)); }
          else if (arg == U_NEG && a.is_int() && a.as_int() != Value::kMinSmall) r = Value::small(-a.as_int());
          else { SAVE(); r = unary(a, UnOp(arg)).release(); }
          decref(a); TOP() = r;
          break;
        }
        case COMPARE: {
          Value b = TOP(), a = SECOND();
          Value r;
          if (a.is_int() && b.is_int()) {
            int64_t x = a.as_int(), y = b.as_int();
            bool c = arg == C_LT ? x < y : arg == C_LE ? x <= y : arg == C_EQ ? x == y
                   : arg == C_NE ? x != y : arg == C_GT ? x > y : x >= y;
            // A conditional jump on the result (an if or while test) runs in
            // the same dispatch, without pushing the bool; counted as above.
            uint32_t next = *pc;
            uint32_t nop = op_of(next);
            if ((nop == POP_JUMP_IF_FALSE || nop == POP_JUMP_IF_TRUE) && ticks > 0) {
              --ticks;
              sp -= 2;  // small ints hold no references
              pc = c == (nop == POP_JUMP_IF_TRUE) ? ops + arg_of(next) : pc + 1;
              break;
            }
            r = Value::boolean(c);
          } else {
            SAVE();
            r = compare(a, b, CmpOp(arg)).release();
          }
          decref(a); decref(b);
          --sp; TOP() = r;
          break;
        }
        case IS_OP: {
          Value b = POP(), a = POP();
          bool same = a == b;
          decref(a); decref(b);
          PUSH(Value::boolean(arg ? !same : same));
          break;
        }
        case CONTAINS_OP: {
          SAVE();
          bool in = contains(TOP(), SECOND());
          decref(POP()); decref(POP());
          PUSH(Value::boolean(arg ? !in : in));
          break;
        }
        case BINARY_SUBSCR: {
          Value k = TOP(), o = SECOND();
          Value r = Value::null();
          if (k.is_int() && o.is_obj()) {
            int64_t i = k.as_int();
            Type* t = o.as_obj()->type;
            if (t == t_list) {
              List* l = as_list(o);
              if (normalize_index(&i, int64_t(l->items.size()))) { r = l->items[size_t(i)]; incref(r); }
            } else if (t == t_tuple) {
              Tuple* tp = as_tuple(o);
              if (normalize_index(&i, int64_t(tp->size))) { r = tp->items[size_t(i)]; incref(r); }
            }
          }
          if (r.is_null()) { SAVE(); r = getitem(o, k).release(); }
          decref(k); decref(o);
          --sp; TOP() = r;
          break;
        }
        case STORE_SUBSCR: {
          SAVE();
          Value k = TOP(), o = SECOND(), v = sp[-3];
          setitem(o, k, v);
          decref(POP()); decref(POP()); decref(POP());
          break;
        }
        case DELETE_SUBSCR: {
          SAVE();
          delitem(SECOND(), TOP());
          decref(POP()); decref(POP());
          break;
        }
        case BUILD_TUPLE: {
          SAVE();
          Ref t = new_tuple(sp - arg, arg);
          for (uint32_t i = 0; i < arg; ++i) decref(POP());
          PUSH(t.release());
          break;
        }
        case BUILD_LIST: {
          SAVE();
          Ref l = new_list(arg);
          List* lp = l.as<List>();
          for (uint32_t i = 0; i < arg; ++i) lp->items.push_back(AT(arg - i));
          sp -= arg;  // references move into the list
          PUSH(l.release());
          break;
        }
        case BUILD_SET: {
          SAVE();
          Ref s = new_set();
          for (uint32_t i = 0; i < arg; ++i) set_add(*this, s.as<Set>(), AT(arg - i));
          for (uint32_t i = 0; i < arg; ++i) decref(POP());
          PUSH(s.release());
          break;
        }
        case BUILD_MAP: {
          SAVE();
          Ref d = new_dict();
          for (uint32_t i = 0; i < arg; ++i)
            dict_set(*this, d.as<Dict>(), AT(2 * (arg - i)), AT(2 * (arg - i) - 1));
          for (uint32_t i = 0; i < 2 * arg; ++i) decref(POP());
          PUSH(d.release());
          break;
        }
        case BUILD_SLICE: {
          auto* s = make<Slice>(t_slice);
          s->step = arg == 3 ? POP() : Value::none();
          s->stop = POP();
          s->start = POP();
          PUSH(Value::obj(s));
          break;
        }
        case BUILD_STRING: {
          SAVE();
          std::string out;
          for (uint32_t i = 0; i < arg; ++i) out += as_str(AT(arg - i))->view();
          for (uint32_t i = 0; i < arg; ++i) decref(POP());
          PUSH(str(out).release());
          break;
        }
        case LIST_APPEND: {
          Value v = POP();
          as_list(AT(arg))->items.push_back(v);
          break;
        }
        case SET_ADD: {
          SAVE();
          set_add(*this, as_set(AT(1 + arg)), TOP());
          decref(POP());
          break;
        }
        case MAP_ADD: {
          SAVE();
          dict_set(*this, as_dict(AT(2 + arg)), SECOND(), TOP());
          decref(POP()); decref(POP());
          break;
        }
        case LIST_EXTEND: case SET_UPDATE: {
          SAVE();
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
          SAVE();
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
          SAVE();
          List* l = as_list(TOP());
          Ref t = new_tuple(l->items.data(), l->items.size());
          decref(TOP()); TOP() = t.release();
          break;
        }
        case FORMAT_VALUE: {
          Value spec = (arg & 4) ? POP() : Value::null();
          Ref hold = Ref::steal(spec);
          SAVE();
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
        case JUMP: pc = ops + arg; break;
        case POP_JUMP_IF_FALSE: {
          Value c = POP();
          bool t = c.is_bool() ? c.is_true() : (SAVE(), truthy(c));
          decref(c);
          if (!t) pc = ops + arg;
          break;
        }
        case POP_JUMP_IF_TRUE: {
          Value c = POP();
          bool t = c.is_bool() ? c.is_true() : (SAVE(), truthy(c));
          decref(c);
          if (t) pc = ops + arg;
          break;
        }
        case JUMP_IF_FALSE_OR_POP: {
          SAVE();
          if (!truthy(TOP())) pc = ops + arg; else decref(POP());
          break;
        }
        case JUMP_IF_TRUE_OR_POP: {
          SAVE();
          if (truthy(TOP())) pc = ops + arg; else decref(POP());
          break;
        }
        case GET_ITER: {
          SAVE();
          Ref it = get_iter(TOP());
          decref(TOP()); TOP() = it.release();
          break;
        }
        case FOR_ITER: {
          Value it = TOP();
          Object* o = it.is_obj() ? it.as_obj() : nullptr;
          if (o && o->type == t_range_iter) {
            auto* r = static_cast<SeqIter*>(o);
            if (r->remaining > 0) {
              --r->remaining;
              int64_t v = r->pos; r->pos += r->step;
              PUSH(Value::fits_small(v) ? Value::small(v) : from_int64(v).release());
              break;
            }
            decref(POP()); pc = ops + arg; break;
          }
          if (o && o->type == t_list_iter) {
            auto* li = static_cast<SeqIter*>(o);
            if (!li->seq.is_null()) {
              List* l = as_list(li->seq);
              if (size_t(li->pos) < l->items.size()) {
                Value v = l->items[size_t(li->pos++)]; incref(v); PUSH(v); break;
              }
              li->clear();
            }
            decref(POP()); pc = ops + arg; break;
          }
          SAVE();
          if (o && o->type == t_generator && depth < recursion_limit) {
            // Resuming a suspended generator, inline: what resume_generator()
            // does for a `for` loop's next(), without the call.
            auto* g = static_cast<Generator*>(o);
            if (g->state == GenState::Suspended) {
              ++depth;
              f->wait = Wait::ForIter; f->wait_arg = arg;
              PyFrame* gf = g->frame;
              gf->parent = f;
              incref(g);  // held while it runs
              g->state = GenState::Running;
              gf->stack[gf->sp++] = Value::none();  // the value of its `yield`
              current = gf;
              SWITCH_FRAME();
            }
          }
          Ref item;
          f->wait = Wait::ForIter; f->wait_arg = arg;
          NextResult nr = start_next(f, it, &item);
          if (nr == NextResult::Pushed) { f->wait = Wait::ForIter; f->wait_arg = arg; SWITCH_FRAME(); }
          f->wait = Wait::Call;
          if (nr == NextResult::Item) { PUSH(item.release()); break; }
          decref(POP()); pc = ops + arg;
          break;
        }
        case UNPACK_SEQUENCE: case UNPACK_EX: {
          Value seq = TOP();
          if (op_of(ins) == UNPACK_SEQUENCE && seq.is_obj()) {
            // A tuple or list of the right length unpacks in place (a, b = pair).
            Object* o = seq.as_obj();
            const Value* src = nullptr;
            size_t n = 0;
            if (o->type == t_tuple) { src = static_cast<Tuple*>(o)->items; n = static_cast<Tuple*>(o)->size; }
            else if (o->type == t_list) { src = static_cast<List*>(o)->items.data(); n = static_cast<List*>(o)->items.size(); }
            if (src && n == arg) {
              --sp;
              for (size_t i = n; i-- > 0;) { incref(src[i]); PUSH(src[i]); }
              decref(seq);
              break;
            }
          }
          SAVE();
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
          SAVE();
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
        case RETURN_VALUE: {
          Value v = POP();
          SAVE();
          --depth;
          if (Generator* g = f->gen) {
            deliver(f, Outcome::Exhausted, v);
            finish_generator(g);  // frees the frame
            decref(g);            // the hold taken while it ran
            SWITCH_FRAME();
          }
          deliver(f, Outcome::Value, v);
          drop_frame(f);
          SWITCH_FRAME();
        }
        case YIELD_VALUE: {
          Value v = POP();
          SAVE();
          --depth;
          Generator* g = f->gen;
          g->state = GenState::Suspended;
          g->yields++;
          decref(g->last_yielded); g->last_yielded = v; incref(v);
          Frame* p = f->parent;
          if (p->kind == FrameKind::Python && p->wait != Wait::Init && p->wait_default.is_null()) {
            // The common case of deliver(): the value lands on the consumer's stack.
            f->parent = nullptr;
            current = p;
            auto* pf = static_cast<PyFrame*>(p);
            pf->stack[pf->sp++] = v;
          } else {
            deliver(f, Outcome::Value, v);
          }
          decref(g);  // the running frame's hold on its generator
          SWITCH_FRAME();
        }
        case GET_YIELD_FROM_ITER: {
          Value o = TOP();
          if (!(o.is_obj() && o.as_obj()->type == t_generator)) {
            SAVE();
            Ref it = get_iter(o);
            decref(TOP()); TOP() = it.release();
          }
          break;
        }
        case SEND: {
          Value v = POP();
          Value sub = TOP();
          SAVE();
          Ref hold = Ref::steal(v);
          if (sub.is_obj() && sub.as_obj()->type == t_generator) {
            bool pushed = false;
            f->wait = Wait::Send; f->wait_arg = arg;
            Generator* g = static_cast<Generator*>(sub.as_obj());
            if (g->state == GenState::Closed) {
              decref(POP()); PUSH(Value::none()); pc = ops + arg; break;
            }
            resume_generator(g, f, Wait::Send, arg, v, false, &pushed);
            SWITCH_FRAME();
          }
          Ref item;
          if (v.is_none()) {
            f->wait = Wait::Send; f->wait_arg = arg;
            NextResult nr = start_next(f, sub, &item);
            if (nr == NextResult::Pushed) SWITCH_FRAME();
            f->wait = Wait::Call;
            if (nr == NextResult::Item) { PUSH(item.release()); break; }
            decref(POP()); PUSH(Value::none()); pc = ops + arg;
            break;
          }
          Ref send = getattr(sub, intern("send"));
          f->wait = Wait::Send; f->wait_arg = arg;
          Value a[1] = {v};
          bool pushed = invoke(f, send.get(), a, 1, nullptr, Value::null(), &item);
          if (pushed) SWITCH_FRAME();
          f->wait = Wait::Call;
          PUSH(item.release());
          break;
        }
        case SETUP_EXCEPT: case SETUP_FINALLY: case SETUP_WITH: {
          Block& b = f->blocks[f->nblocks++];
          b.kind = op_of(ins) == SETUP_WITH ? Block::With : Block::Except;
          b.handler = arg;
          b.depth = uint32_t(sp - f->stack) - (op_of(ins) == SETUP_WITH ? 1 : 0);
          b.saved = Value::null();
          break;
        }
        case POP_BLOCK: --f->nblocks; break;
        case POP_EXCEPT: {
          Block b = f->blocks[--f->nblocks];
          decref(f->handled);
          f->handled = b.saved;
          break;
        }
        case RERAISE: {
          Value e = POP();
          SAVE();
          fail_current(e, false);
          return;
        }
        case CHECK_EXC_MATCH: {
          Value t = POP();
          Ref hold = Ref::steal(t);
          SAVE();
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
          SAVE();
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
            return;
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
          return;
        }
        case BEFORE_WITH: {
          SAVE();
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
          SAVE();
          bool leaf = arg & (1u << 23);
          std::string name = as_str(NAME(arg & 0x7FFFFF))->str();
          Ref m = import_module(name);
          if (!leaf && name.find('.') != std::string::npos) m = import_module(name.substr(0, name.find('.')));
          PUSH(m.release());
          break;
        }
        case IMPORT_FROM: {
          SAVE();
          Ref v = getattr_opt(TOP(), NAME(arg));
          if (v.is_null()) {
            auto* m = static_cast<Module*>(TOP().as_obj());
            raise(e_import, "cannot import name '" + as_str(NAME(arg))->str() + "' from '" + m->name + "' (unknown location)");
          }
          PUSH(v.release());
          break;
        }
        case IMPORT_STAR: {
          SAVE();
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
          SAVE();
          Value v = TOP();
          if (!v.is_none()) write_out(repr_s(v) + "\n");
          decref(POP());
          break;
        }
        case LOAD_ASSERTION_ERROR: incref(e_assertion); PUSH(Value::obj(e_assertion)); break;
        case NULL_TO_NONE: break;
        default:
          SAVE();
          raise(e_runtime, std::string("unknown opcode ") + op_name(op_of(ins)));
      }
    }
  } catch (...) {
    // Whatever threw, the frame's saved state must match what the stack owns
    // so the unwinder releases exactly those values.
    SAVE();
    throw;
  }
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef SAVE
#undef AT
#undef LOCALS
#undef CELLS
#undef NAME
#undef SWITCH_FRAME
}

}  // namespace yl
