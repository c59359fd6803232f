// A Python value in 8 bytes (NaN-boxing). Floats are stored as themselves;
// everything else lives in the negative quiet-NaN space, which real arithmetic
// never produces because NaN results are canonicalised to a positive NaN.
// Layout of a boxed value: 0xFFFC in the top 14 bits, a 2-bit tag, 48 bits
// of payload. Small ints (48-bit) and floats therefore never allocate.
#pragma once
#include <cmath>
#include <cstdint>
#include <cstring>

// Value's members are a constant or one or two instructions: a call costs
// more, in time and bytes, than the body. Clang at -Oz still leaves some out
// of line, and the linker may keep such a copy for an inline function used
// on a hot path (an awaiter in vm.h), so every use inlines them.
#define YL_ALWAYS_INLINE [[gnu::always_inline]] inline

namespace yl {

struct Object;

class Value {
public:
  static constexpr uint64_t kBox = 0xFFFC000000000000ull;
  static constexpr uint64_t kTagMask = 0x0003000000000000ull;
  static constexpr uint64_t kPayload = 0x0000FFFFFFFFFFFFull;
  static constexpr uint64_t kTagObj = 0, kTagInt = 1ull << 48, kTagSpecial = 2ull << 48;
  static constexpr int64_t kMaxSmall = (int64_t(1) << 47) - 1;
  static constexpr int64_t kMinSmall = -(int64_t(1) << 47);

  YL_ALWAYS_INLINE constexpr Value() : bits_(kBox | kTagSpecial) {}  // null: "no value" (unbound, error)
  YL_ALWAYS_INLINE static Value from_bits(uint64_t b) { Value v; v.bits_ = b; return v; }

  YL_ALWAYS_INLINE static Value null() { return Value(); }
  YL_ALWAYS_INLINE static Value none() { return from_bits(kBox | kTagSpecial | 1); }
  YL_ALWAYS_INLINE static Value boolean(bool b) { return from_bits(kBox | kTagSpecial | (b ? 3 : 2)); }
  YL_ALWAYS_INLINE static Value small(int64_t i) { return from_bits(kBox | kTagInt | (uint64_t(i) & kPayload)); }
  YL_ALWAYS_INLINE static bool fits_small(int64_t i) { return i >= kMinSmall && i <= kMaxSmall; }
  YL_ALWAYS_INLINE static Value flt(double d) {
    if (std::isnan(d)) return from_bits(0x7FF8000000000000ull);
    Value v; std::memcpy(&v.bits_, &d, 8); return v;
  }
  YL_ALWAYS_INLINE static Value obj(const Object* o) { return from_bits(kBox | uint64_t(uintptr_t(o))); }

  YL_ALWAYS_INLINE bool is_boxed() const { return (bits_ & kBox) == kBox; }
  YL_ALWAYS_INLINE bool is_float() const { return !is_boxed(); }
  YL_ALWAYS_INLINE bool is_int() const { return (bits_ & (kBox | kTagMask)) == (kBox | kTagInt); }
  YL_ALWAYS_INLINE bool is_obj() const { return (bits_ & (kBox | kTagMask)) == kBox; }
  YL_ALWAYS_INLINE bool is_null() const { return bits_ == (kBox | kTagSpecial); }
  YL_ALWAYS_INLINE bool is_none() const { return bits_ == (kBox | kTagSpecial | 1); }
  YL_ALWAYS_INLINE bool is_bool() const { return (bits_ | 1) == (kBox | kTagSpecial | 3); }
  YL_ALWAYS_INLINE bool is_true() const { return bits_ == (kBox | kTagSpecial | 3); }
  YL_ALWAYS_INLINE bool is_false() const { return bits_ == (kBox | kTagSpecial | 2); }

  YL_ALWAYS_INLINE int64_t as_int() const { return int64_t(bits_ << 16) >> 16; }
  YL_ALWAYS_INLINE double as_float() const { double d; std::memcpy(&d, &bits_, 8); return d; }
  YL_ALWAYS_INLINE Object* as_obj() const { return reinterpret_cast<Object*>(uintptr_t(bits_ & kPayload)); }
  YL_ALWAYS_INLINE uint64_t bits() const { return bits_; }

  YL_ALWAYS_INLINE bool operator==(Value o) const { return bits_ == o.bits_; }
  YL_ALWAYS_INLINE bool operator!=(Value o) const { return bits_ != o.bits_; }

private:
  uint64_t bits_;
};

}  // namespace yl
