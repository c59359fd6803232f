// The bytecode. One X-macro list gives the enum and the names used by the
// disassembler. Each entry: name, then the stack effect in words.
// An instruction is 32 bits: opcode in the low 8, argument in the high 24.
#pragma once
#include <cstdint>

namespace yl {

#define YL_OPCODES(X) \
  X(NOP)               /* */ \
  X(POP_TOP)           /* a -> */ \
  X(ROT_TWO)           /* a b -> b a */ \
  X(ROT_THREE)         /* a b c -> c a b */ \
  X(DUP_TOP)           /* a -> a a */ \
  X(DUP_TOP_TWO)       /* a b -> a b a b */ \
  X(LOAD_CONST)        /* -> consts[arg] */ \
  X(LOAD_FAST)         /* -> locals[arg] (UnboundLocalError if unset) */ \
  X(STORE_FAST)        /* v -> ; locals[arg] = v */ \
  X(DELETE_FAST)       /* locals[arg] = unset */ \
  X(LOAD_DEREF)        /* -> cells[arg].value */ \
  X(STORE_DEREF)       /* v -> */ \
  X(DELETE_DEREF)      \
  X(LOAD_CLOSURE)      /* -> cells[arg] (the cell itself, for MAKE_FUNCTION) */ \
  X(LOAD_CLASSDEREF)   /* class body: locals dict, else cells[arg] */ \
  X(LOAD_GLOBAL)       /* -> globals/builtins[names[arg]] */ \
  X(STORE_GLOBAL)      /* v -> */ \
  X(DELETE_GLOBAL)     \
  X(LOAD_NAME)         /* module/class body: locals, globals, builtins */ \
  X(STORE_NAME)        /* v -> */ \
  X(DELETE_NAME)       \
  X(LOAD_ATTR)         /* o -> o.names[arg] */ \
  X(STORE_ATTR)        /* v o -> */ \
  X(DELETE_ATTR)       /* o -> */ \
  X(LOAD_METHOD)       /* o -> meth self | -> attr NULL */ \
  X(CALL_METHOD)       /* meth self args*arg -> result */ \
  X(CALL)              /* f args*arg -> result */ \
  X(CALL_KW)           /* f args*arg kwnames -> result; last len(kwnames) args are keywords */ \
  X(CALL_EX)           /* f argstuple [kwdict if arg&1] -> result */ \
  X(BINARY)            /* a b -> a op b; arg = BinOp */ \
  X(INPLACE)           /* a b -> a op= b */ \
  X(UNARY)             /* a -> op a; arg = UnOp */ \
  X(COMPARE)           /* a b -> a cmp b; arg = CmpOp */ \
  X(BINARY_SUBSCR)     /* o k -> o[k] */ \
  X(STORE_SUBSCR)      /* v o k -> */ \
  X(DELETE_SUBSCR)     /* o k -> */ \
  X(BUILD_TUPLE)       /* items*arg -> tuple */ \
  X(BUILD_LIST)        /* items*arg -> list */ \
  X(BUILD_SET)         /* items*arg -> set */ \
  X(BUILD_MAP)         /* k v * arg -> dict */ \
  X(BUILD_SLICE)       /* a b [c] -> slice (arg = 2 or 3) */ \
  X(BUILD_STRING)      /* strs*arg -> str */ \
  X(LIST_APPEND)       /* v -> ; stack[-arg].append(v) (comprehensions) */ \
  X(SET_ADD)           /* v -> */ \
  X(MAP_ADD)           /* k v -> */ \
  X(LIST_EXTEND)       /* list it -> list (awaits iteration) */ \
  X(SET_UPDATE)        /* set it -> set */ \
  X(DICT_UPDATE)       /* dict m -> dict */ \
  X(LIST_TO_TUPLE)     /* list -> tuple */ \
  X(FORMAT_VALUE)      /* v [spec if arg&4] -> str; arg&3: 0 none, 1 str, 2 repr, 3 ascii */ \
  X(JUMP)              /* ip = arg */ \
  X(POP_JUMP_IF_FALSE) /* c -> */ \
  X(POP_JUMP_IF_TRUE)  /* c -> */ \
  X(JUMP_IF_FALSE_OR_POP) \
  X(JUMP_IF_TRUE_OR_POP)  \
  X(GET_ITER)          /* o -> iter(o) */ \
  X(FOR_ITER)          /* it -> it item | (exhausted) -> ; ip = arg */ \
  X(UNPACK_SEQUENCE)   /* seq -> items*arg (last item on top... first on top) */ \
  X(UNPACK_EX)         /* seq -> items; arg = before | after << 8 */ \
  X(MAKE_FUNCTION)     /* [defaults] [kwdefaults] [annotations] [closure] code qualname -> fn; arg flags 1,2,8,4 */ \
  X(RETURN_VALUE)      /* v -> (returns) */ \
  X(YIELD_VALUE)       /* v -> sent */ \
  X(GET_YIELD_FROM_ITER) /* o -> iter */ \
  X(SEND)              /* sub v -> sub item | -> result, ip = arg (exhausted) */ \
  X(SETUP_EXCEPT)      /* push block: handler arg */ \
  X(SETUP_FINALLY)     /* push block: handler arg */ \
  X(SETUP_WITH)        /* push block: handler arg, depth excludes the top value */ \
  X(POP_BLOCK)         \
  X(POP_EXCEPT)        /* leave an except handler: restore the handled exception */ \
  X(RERAISE)           /* exc -> (raises again) */ \
  X(CHECK_EXC_MATCH)   /* exc type -> exc bool */ \
  X(RAISE)             /* [exc [cause]] -> ; arg = count */ \
  X(BEFORE_WITH)       /* ctx -> exit enter */ \
  X(WITH_EXIT_ARGS)    /* exit exc -> exit exc exit type exc tb */ \
  X(IMPORT_NAME)       /* -> module names[arg] */ \
  X(IMPORT_FROM)       /* mod -> mod attr */ \
  X(IMPORT_STAR)       /* mod -> */ \
  X(LOAD_BUILD_CLASS)  /* -> __build_class__ */ \
  X(PRINT_EXPR)        /* v -> (console: shows repr unless None) */ \
  X(LOAD_ASSERTION_ERROR) \
  X(IS_OP)             /* a b -> bool; arg 1 negates */ \
  X(CONTAINS_OP)       /* a b -> a in b; arg 1 negates */ \
  X(NULL_TO_NONE)      /* unused slot marker */

enum Op : uint8_t {
#define YL_ENUM(n) n,
  YL_OPCODES(YL_ENUM)
#undef YL_ENUM
};

const char* op_name(int op);

// LIST_EXTEND and DICT_UPDATE building a call's *args / **kwargs: their
// errors name the function ("f() argument after * must be an iterable").
constexpr uint32_t kCallArgFlag = 1u << 16;
constexpr uint32_t kStackDepthMask = kCallArgFlag - 1;

enum BinOp : uint8_t { B_ADD, B_SUB, B_MUL, B_TRUEDIV, B_FLOORDIV, B_MOD, B_POW, B_MATMUL,
                       B_LSHIFT, B_RSHIFT, B_AND, B_OR, B_XOR, B_COUNT };
enum UnOp : uint8_t { U_NEG, U_POS, U_INVERT, U_NOT };
enum CmpOp : uint8_t { C_LT, C_LE, C_EQ, C_NE, C_GT, C_GE };

inline uint32_t encode(Op op, uint32_t arg) { return uint32_t(op) | (arg << 8); }
inline Op op_of(uint32_t ins) { return Op(ins & 0xFF); }
inline uint32_t arg_of(uint32_t ins) { return ins >> 8; }

}  // namespace yl
