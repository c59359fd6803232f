// The bytecode dispatch loop for one Python frame. It returns whenever the
// current frame changes to something that is not a plain Python frame
// continuation (a native frame, a sink), when an exception is pending, or
// when the instruction budget is spent.
#include <cmath>
#include "objects/collections_ops.h"
#include "vm.h"

namespace yl {

namespace {

Value fast_binary(Value a, Value b, uint32_t op) {
  if (a.is_int() && b.is_int()) {
    int64_t x = a.as_int(), y = b.as_int(), r;
    switch (op) {
      case B_ADD: r = x + y; break;
      case B_SUB: r = x - y; break;
      case B_MUL:
        if (!num::mul_i64(x, y, &r)) return Value::null();
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

// len() of an exact list, tuple, str or dict, or -1 for anything else.
int64_t builtin_size(const VM& vm, Value o) {
  if (!o.is_obj()) return -1;
  Object* p = o.as_obj();
  if (p->type == vm.t_list) return int64_t(static_cast<List*>(p)->items.size());
  if (p->type == vm.t_tuple) return int64_t(static_cast<Tuple*>(p)->size);
  if (p->type == vm.t_str) return int64_t(static_cast<Str*>(p)->cp_len);
  if (p->type == vm.t_dict) return int64_t(static_cast<Dict*>(p)->used);
  return -1;
}

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

// deliver()'s common case, inline: a returned or yielded value lands on the
// stack of a Python frame waiting for it. False for what deliver() must do
// itself (a native or sink parent, __init__'s check, next(it, default)).
inline bool VM::deliver_to_python(Frame* child, Value v) {
  Frame* p = child->parent;
  if (p->kind != FrameKind::Python || p->wait == Wait::Init || !p->wait_default.is_null()) return false;
  child->parent = nullptr;
  current = p;
  auto* pf = static_cast<PyFrame*>(p);
  pf->stack[pf->sp++] = v;
  return true;
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
// Takes the loop's variables from frame f (on entry and on a frame switch).
#define LOAD_FRAME() (code = f->code, ops = code->ops.data(), pc = ops + f->ip, sp = f->stack + f->sp)
// Where this frame has handed control to another (a call pushed a frame, a
// yield or return delivered its value), the loop goes on in the new current
// frame right here when that is a Python frame and nothing needs execute()'s
// attention (an exception to propagate, an interrupt, threads to schedule):
// a call or a generator resume then costs no trip out of this function.
// In wasm it goes on at the loop's own head: a second way into the loop
// (a label before it) cost V8 a merge block with a label test and reloads on
// every instruction, 4-5% of V8's instructions on most bench programs. GCC
// compiles the label form 1-3% shorter, so the native build keeps it.
#ifdef __EMSCRIPTEN__
#define ENTER_FRAME() do { LOAD_FRAME(); goto next_instruction; } while (0)
#else
#define ENTER_FRAME() goto enter
#endif
#define SWITCH_FRAME()                                                                      \
  do {                                                                                      \
    if (current->kind != FrameKind::Python || !pending_.is_null() || interrupted_ || threads) \
      return;                                                                               \
    f = static_cast<PyFrame*>(current);                                                     \
    ENTER_FRAME();                                                                          \
  } while (0)
// An opcode run by run_cold_op(), which works on the saved frame state: the
// loop saves its ip and sp, and reloads both after (a cold opcode may jump).
// While it runs, the frame's saved sp is the truth, so the catch below must
// not overwrite it with the loop's stale one.
#define COLD()                                   \
  do {                                           \
    SAVE();                                      \
    in_cold = true;                              \
    ColdEnd end = run_cold_op(f, ins);           \
    in_cold = false;                             \
    if (end == ColdEnd::Return) return;          \
    if (end == ColdEnd::Switch) SWITCH_FRAME();  \
    pc = ops + f->ip;                            \
    sp = f->stack + f->sp;                       \
  } while (0)
  bool in_cold = false;

  try {
#ifndef __EMSCRIPTEN__
  enter:
#endif
    LOAD_FRAME();
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
          if (v.is_null()) { SAVE(); raise_unbound_local(code, arg); }
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
        case LOAD_DEREF: {
          Value v = static_cast<Cell*>(CELLS[arg].as_obj())->value;
          if (v.is_null()) { SAVE(); raise_unbound_deref(code, arg); }
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
          // The calls CPython 3.11 specialises run here without the argument
          // buffer and invoke(): plain Python functions, methods and generator
          // functions, list.append(x), len(x) of a built-in container, range()
          // of small ints. Anything else (len rebound, a subclass, a bool or
          // big int argument, keywords, defaults) takes the general path below.
          if (!kw) {
            // CALL: [callable, args...]; CALL_METHOD: [method, self or null, args...].
            bool method = op_of(ins) == CALL_METHOD;
            Value* base = sp - n - (method ? 2 : 1);
            Value callee = base[0];
            Value* args = sp - n;
            uint32_t argc = n;
            if (method && !base[1].is_null()) { args = base + 1; argc = n + 1; }
            Function* fn = callee.is_obj() && callee.as_obj()->type == t_function ? static_cast<Function*>(callee.as_obj()) : nullptr;
            bool generator = fn && fn->code->is_generator();
            if (fn && fn->binds_plainly(argc) && (generator || depth < recursion_limit)) {
              // A plain call of a Python function: what invoke() and
              // make_frame() do for it, with the arguments' references moved
              // from this stack into the new frame's locals.
              SAVE();  // new_pyframe may raise MemoryError: the stack still owns everything
              PyFrame* nf = new_pyframe(fn->code, fn, fn->globals);
              for (uint32_t i = 0; i < argc; ++i) nf->slots[i] = args[i];
              sp = base;
              decref(callee);  // the new frame holds the function
              SAVE();          // the frame owns the arguments now
              if (generator) {  // calling a generator function only makes the generator
                PUSH(new_generator(fn, nf).release());
                break;
              }
              f->wait = Wait::Call;
              ++depth;
              nf->parent = f;
              current = nf;
              SWITCH_FRAME();
            }
            if (method && callee == list_append_method && n == 1 && !base[1].is_null() &&
                base[1].is_obj() && base[1].as_obj()->type == t_list) {
              // list.append(x) on a list, as CPython 3.11 specialises it.
              SAVE();  // growing the list may raise MemoryError: the stack still owns x
              static_cast<List*>(base[1].as_obj())->items.push_back(TOP());
              --sp;            // x's reference moved into the list
              decref(POP());   // the list
              decref(callee);  // never the last reference: list's dict holds it
              TOP() = Value::none();
              break;
            }
            if (!method && callee == len_builtin && n == 1) {
              int64_t size = builtin_size(*this, TOP());
              if (size >= 0) {
                decref(POP());
                decref(callee);  // never the last reference: the builtins hold len
                TOP() = Value::small(size);
                break;
              }
            } else if (!method && callee == Value::obj(t_range) && n - 1 < 3) {
              Value first = AT(n), second = AT(n - 1), third = AT(1);
              if (first.is_int() && (n < 2 || second.is_int()) && (n < 3 || third.is_int()) &&
                  (n < 3 || third.as_int() != 0)) {
                SAVE();
                int64_t start = n == 1 ? 0 : first.as_int(), stop = n == 1 ? first.as_int() : second.as_int();
                int64_t step = n == 3 ? third.as_int() : 1;
                // `for x in range(...)`: the GET_ITER that follows runs in this
                // dispatch and makes the iterator without the range, which
                // nothing else could see. Counted as an instruction, as above.
                bool fuse = op_of(*pc) == GET_ITER && ticks > 0;
                if (fuse) { --ticks; ++pc; }
                Ref r = fuse ? new_range_iter(start, stop, step) : new_range(start, stop, step);
                sp -= n;  // small ints hold no references
                decref(callee);  // a built-in type, never freed
                TOP() = r.release();
                break;
              }
            }
          }
          // Every other call, through invoke(), on the saved frame state
          // as a cold opcode is (see COLD()).
          SAVE();
          in_cold = true;
          bool pushed = call_from_stack(f, ins);
          in_cold = false;
          if (pushed) SWITCH_FRAME();
          sp = f->stack + f->sp;
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
        case BUILD_SLICE: {
          auto* s = make<Slice>(t_slice);
          s->step = arg == 3 ? POP() : Value::none();
          s->stop = POP();
          s->start = POP();
          PUSH(Value::obj(s));
          break;
        }
        case LIST_APPEND: {
          Value v = POP();
          as_list(AT(arg))->items.push_back(v);
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
              PyFrame* gf = enter_generator(g, f, Wait::ForIter, arg);
              push_sent(gf, Value::none());  // the value of its `yield`
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
          COLD();
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
          if (!deliver_to_python(f, v)) deliver(f, Outcome::Value, v);
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
          if (!deliver_to_python(f, v)) deliver(f, Outcome::Value, v);
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
          Value sub = SECOND();
          if (sub.is_obj() && sub.as_obj()->type == t_generator) {
            auto* g = static_cast<Generator*>(sub.as_obj());
            bool fresh = g->state == GenState::Created;
            if ((g->state == GenState::Suspended || (fresh && TOP().is_none())) && depth < recursion_limit) {
              // `yield from` resuming a generator, inline: what
              // resume_generator() does, the sent value's reference moving
              // onto the generator's stack (a fresh one starts without it).
              // Not push_sent(): a `yield from` chain resumes each level here
              // and the check cost more than the skipped POP_TOP saved.
              Value v = POP();
              SAVE();
              PyFrame* gf = enter_generator(g, f, Wait::Send, arg);
              if (!fresh) gf->stack[gf->sp++] = v;
              SWITCH_FRAME();
            }
            Value v = POP();
            SAVE();
            Ref hold = Ref::steal(v);
            bool pushed = false;
            f->wait = Wait::Send; f->wait_arg = arg;
            if (g->state == GenState::Closed) {
              decref(POP()); PUSH(Value::none()); pc = ops + arg; break;
            }
            resume_generator(g, f, Wait::Send, arg, v, false, &pushed);
            SWITCH_FRAME();
          }
          COLD();  // `yield from` an iterator that is not a generator
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
        case LOAD_ASSERTION_ERROR: incref(e_assertion); PUSH(Value::obj(e_assertion)); break;
        case NULL_TO_NONE: break;
        default:  // the rare opcodes, in vm_python_cold.cpp
          COLD();
          break;
      }
    next_instruction:;
    }
  } catch (...) {
    // Whatever threw, the frame's saved state must match what the stack owns
    // so the unwinder releases exactly those values.
    if (!in_cold) SAVE();
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
#undef LOAD_FRAME
#undef ENTER_FRAME
#undef COLD
}

}  // namespace yl
