#include "num/mt_random.h"

#include <cmath>
#include <iterator>
#include <unordered_set>

namespace yl::num {

namespace bmp = boost::multiprecision;

namespace {
constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfu;
constexpr uint32_t kUpperMask = 0x80000000u;
constexpr uint32_t kLowerMask = 0x7fffffffu;
}  // namespace

// ---------------------------------------------------------------------------
// MT19937 core

void MersenneTwister::init_genrand(uint32_t s) {
  mt_[0] = s;
  for (int i = 1; i < kN; ++i) {
    uint32_t prev = mt_[i - 1];
    mt_[i] = 1812433253u * (prev ^ (prev >> 30)) + static_cast<uint32_t>(i);
  }
  index_ = kN;
}

void MersenneTwister::init_by_array(const uint32_t* key, size_t length) {
  init_genrand(19650218u);
  int i = 1;
  size_t j = 0;
  // Mix every key word in at least once, and every state word at least once.
  for (size_t k = std::max<size_t>(kN, length); k > 0; --k) {
    uint32_t prev = mt_[i - 1];
    mt_[i] = (mt_[i] ^ ((prev ^ (prev >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
    if (++i >= kN) {
      mt_[0] = mt_[kN - 1];
      i = 1;
    }
    if (++j >= length) j = 0;
  }
  for (int k = kN - 1; k > 0; --k) {
    uint32_t prev = mt_[i - 1];
    mt_[i] = (mt_[i] ^ ((prev ^ (prev >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
    if (++i >= kN) {
      mt_[0] = mt_[kN - 1];
      i = 1;
    }
  }
  mt_[0] = 0x80000000u;  // guarantees a non-zero state
  index_ = kN;
}

void MersenneTwister::refill() {
  // Regenerate all 624 words: each new word mixes the top bit of word i with
  // the low 31 bits of word i+1 and word i+397 (indices wrap around).
  for (int i = 0; i < kN; ++i) {
    uint32_t y = (mt_[i] & kUpperMask) | (mt_[(i + 1) % kN] & kLowerMask);
    mt_[i] = mt_[(i + kM) % kN] ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
  }
  index_ = 0;
}

uint32_t MersenneTwister::next_u32() {
  if (index_ >= kN) refill();
  uint32_t y = mt_[index_++];
  // Tempering.
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

// ---------------------------------------------------------------------------
// Seeding and basic draws

void MersenneTwister::seed(const BigInt& n) {
  // |n| as 32-bit words, least significant first; 0 still gives one word.
  BigInt::Rep mag = bmp::abs(n.rep());
  std::vector<uint32_t> key;
  bmp::export_bits(mag, std::back_inserter(key), 32, /*msv_first=*/false);
  if (key.empty()) key.push_back(0);
  init_by_array(key.data(), key.size());
}

double MersenneTwister::random() {
  uint32_t a = next_u32() >> 5;  // 27 bits
  uint32_t b = next_u32() >> 6;  // 26 bits
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

uint64_t MersenneTwister::getrandbits_u64(unsigned k) {
  if (k == 0) return 0;
  if (k <= 32) return next_u32() >> (32 - k);
  uint64_t low = next_u32();
  uint64_t high = next_u32() >> (64 - k);  // the last word loses its low bits
  return low | (high << 32);
}

BigInt MersenneTwister::getrandbits(uint64_t k) {
  if (k <= 64) return BigInt::from_uint64(getrandbits_u64(static_cast<unsigned>(k)));
  std::vector<uint32_t> words;
  words.reserve(static_cast<size_t>((k - 1) / 32 + 1));
  for (uint64_t left = k; left > 0;) {
    uint32_t r = next_u32();
    if (left < 32) {
      r >>= (32 - left);
      left = 0;
    } else {
      left -= 32;
    }
    words.push_back(r);
  }
  BigInt::Rep v;
  bmp::import_bits(v, words.begin(), words.end(), 32, /*msv_first=*/false);
  return BigInt(std::move(v));
}

uint64_t MersenneTwister::randbelow(uint64_t n) {
  // k = n.bit_length() (not (n-1).bit_length(): 3.11 wastes a bit when n is
  // a power of two, and so must we to stay in step).
  unsigned k = 0;
  while (k < 64 && (n >> k) != 0) ++k;
  uint64_t r = getrandbits_u64(k);
  while (r >= n) r = getrandbits_u64(k);
  return r;
}

BigInt MersenneTwister::randbelow(const BigInt& n) {
  if (n.bit_length() <= 64) {
    return BigInt::from_uint64(randbelow(n.rep().convert_to<uint64_t>()));
  }
  uint64_t k = n.bit_length();
  BigInt r = getrandbits(k);
  while (r >= n) r = getrandbits(k);
  return r;
}

// ---------------------------------------------------------------------------
// randrange / randint

std::optional<BigInt> MersenneTwister::randrange(const BigInt& stop, std::string* error) {
  if (stop.sign() > 0) return randbelow(stop);
  if (error) *error = "empty range for randrange()";
  return std::nullopt;
}

std::optional<BigInt> MersenneTwister::randrange(const BigInt& start, const BigInt& stop,
                                                 const BigInt& step, std::string* error) {
  BigInt width = stop - start;
  if (step == BigInt(1)) {
    if (width.sign() > 0) return start + randbelow(width);
    if (error)
      *error = "empty range for randrange() (" + start.to_string() + ", " + stop.to_string() +
               ", " + width.to_string() + ")";
    return std::nullopt;
  }
  // Number of values in range(start, stop, step), rounding toward the
  // direction of travel.
  BigInt n;
  if (step.sign() > 0) {
    n = *BigInt::floordiv(width + step - BigInt(1), step);
  } else if (step.sign() < 0) {
    n = *BigInt::floordiv(width + step + BigInt(1), step);
  } else {
    if (error) *error = "zero step for randrange()";
    return std::nullopt;
  }
  if (n.sign() <= 0) {
    if (error) *error = "empty range for randrange()";
    return std::nullopt;
  }
  return start + step * randbelow(n);
}

std::optional<BigInt> MersenneTwister::randint(const BigInt& a, const BigInt& b, std::string* error) {
  return randrange(a, b + BigInt(1), BigInt(1), error);
}

// ---------------------------------------------------------------------------
// Sequences

std::vector<size_t> MersenneTwister::shuffled_indices(size_t n) {
  std::vector<size_t> perm(n);
  for (size_t i = 0; i < n; ++i) perm[i] = i;
  shuffle(n, [&](size_t i, size_t j) { std::swap(perm[i], perm[j]); });
  return perm;
}

double MersenneTwister::sample_setsize(uint64_t k) {
  // random.py: setsize = 21; if k > 5: setsize += 4 ** _ceil(_log(k * 3, 4)).
  // math.log(x, 4) is log(x) / log(4) in doubles; reproduce that rounding
  // rather than an exact integer log so the threshold flips where CPython's does.
  double setsize = 21.0;
  if (k > 5) {
    double e = std::ceil(std::log(static_cast<double>(k) * 3.0) / std::log(4.0));
    setsize += std::pow(4.0, e);
  }
  return setsize;
}

std::optional<std::vector<uint64_t>> MersenneTwister::sample_indices(uint64_t n, uint64_t k) {
  if (k > n) return std::nullopt;
  std::vector<uint64_t> result;
  result.reserve(static_cast<size_t>(k));
  if (static_cast<double>(n) <= sample_setsize(k)) {
    // Partial Fisher-Yates on a copy of the population (n is small here):
    // the chosen slot is refilled with the last not-yet-chosen element.
    std::vector<uint64_t> pool(static_cast<size_t>(n));
    for (uint64_t i = 0; i < n; ++i) pool[static_cast<size_t>(i)] = i;
    for (uint64_t i = 0; i < k; ++i) {
      auto j = static_cast<size_t>(randbelow(n - i));
      result.push_back(pool[j]);
      pool[j] = pool[static_cast<size_t>(n - i - 1)];
    }
  } else {
    // Rejection: draw from the whole population until an unused index comes up.
    std::unordered_set<uint64_t> selected;
    for (uint64_t i = 0; i < k; ++i) {
      uint64_t j = randbelow(n);
      while (selected.count(j)) j = randbelow(n);
      selected.insert(j);
      result.push_back(j);
    }
  }
  return result;
}

std::vector<uint64_t> MersenneTwister::choices_indices(uint64_t n, size_t k) {
  std::vector<uint64_t> out;
  out.reserve(k);
  double dn = static_cast<double>(n);
  for (size_t i = 0; i < k; ++i) out.push_back(static_cast<uint64_t>(std::floor(random() * dn)));
  return out;
}

std::vector<size_t> MersenneTwister::choices_indices_weighted(const std::vector<double>& cum_weights,
                                                              size_t k) {
  std::vector<size_t> out;
  out.reserve(k);
  if (cum_weights.empty()) return out;
  double total = cum_weights.back();
  size_t hi = cum_weights.size() - 1;
  for (size_t i = 0; i < k; ++i) {
    double x = random() * total;
    // bisect_right(cum_weights, x, 0, hi): first index in [0, hi) whose
    // value is > x, or hi.
    size_t lo = 0, h = hi;
    while (lo < h) {
      size_t mid = (lo + h) / 2;
      if (x < cum_weights[mid]) h = mid;
      else lo = mid + 1;
    }
    out.push_back(lo);
  }
  return out;
}

std::string MersenneTwister::randbytes(size_t n) {
  BigInt bits = getrandbits(static_cast<uint64_t>(n) * 8);
  std::vector<uint8_t> bytes;
  bmp::export_bits(bits.rep(), std::back_inserter(bytes), 8, /*msv_first=*/false);
  std::string out(n, '\0');
  for (size_t i = 0; i < n && i < bytes.size(); ++i) out[i] = static_cast<char>(bytes[i]);
  return out;
}

bool MersenneTwister::set_state(const std::array<uint32_t, kN>& words, int index) {
  if (index < 0 || index > kN) return false;
  mt_ = words;
  index_ = index;
  return true;
}

}  // namespace yl::num
