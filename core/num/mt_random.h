// CPython 3.11's `random` module, bit for bit: the MT19937 generator of
// Modules/_randommodule.c and the index-level algorithms of Lib/random.py.
// The interpreter applies the returned indices to its own sequences.
//
// CPython behaviours matched (tests/unit/num/mt_random.test.cpp, expected
// values produced by python3.11 for seeds 0, 1, 42, 12345, 2**40+7, ...):
//  * seed(n) for an int: |n| split into 32-bit words, least significant
//    first (0 -> [0]), fed to init_by_array. seed(x) for a float seeds with
//    hash(x) read as an unsigned 64-bit number (CPython's (size_t)hash), for
//    a bool with int(x). str seeds are the caller's (modules/random.cpp: the
//    UTF-8 text followed by its SHA-512, read as a big-endian int).
//  * random() = genrand_res53; getrandbits(k) fills 32-bit words least
//    significant first, dropping the low bits of the last word.
//  * _randbelow = _randbelow_with_getrandbits (k = n.bit_length(), retry
//    while r >= n), randrange/randint/choice/shuffle/sample/choices/uniform/
//    randbytes exactly as random.py 3.11 composes them, including sample()'s
//    set-size heuristic with its floating-point log.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "num/bigint.h"

namespace yl::num {

class MersenneTwister {
 public:
  static constexpr int kN = 624;

  // Seeded with init_genrand(5489) like the MT reference; callers normally
  // seed from a time/entropy source (CPython uses os.urandom) or seed(n).
  MersenneTwister() { init_genrand(5489u); }

  // ---- raw generator ----
  void init_genrand(uint32_t s);
  void init_by_array(const uint32_t* key, size_t length);
  uint32_t next_u32();  // genrand_uint32

  // ---- random.seed(n) for an int n ----
  void seed(const BigInt& n);
  void seed(int64_t n) { seed(BigInt(n)); }

  // ---- Random methods ----
  double random();  // [0.0, 1.0), 53 random bits
  // getrandbits(k), k >= 0 (negative k is ValueError
  // "number of bits must be non-negative", the caller checks).
  BigInt getrandbits(uint64_t k);
  uint64_t getrandbits_u64(unsigned k);  // same stream, for k <= 64
  // _randbelow(n) for n > 0.
  uint64_t randbelow(uint64_t n);
  BigInt randbelow(const BigInt& n);

  // randrange(stop). nullopt => ValueError(*error).
  std::optional<BigInt> randrange(const BigInt& stop, std::string* error);
  // randrange(start, stop[, step]). nullopt => ValueError(*error).
  // (With stop=None and an explicit step CPython raises TypeError
  // "Missing a non-None stop argument" - the caller's job.)
  std::optional<BigInt> randrange(const BigInt& start, const BigInt& stop, const BigInt& step,
                                  std::string* error);
  // randint(a, b) == randrange(a, b + 1), same error texts.
  std::optional<BigInt> randint(const BigInt& a, const BigInt& b, std::string* error);

  // choice(seq): the index to take; n > 0 (empty -> IndexError
  // "Cannot choose from an empty sequence", the caller checks).
  uint64_t choice_index(uint64_t n) { return randbelow(n); }

  // shuffle(x) in place: calls swap(i, j) in random.py's order.
  template <class Swap>
  void shuffle(size_t n, Swap&& swap) {
    for (size_t i = n; i-- > 1;) {
      size_t j = static_cast<size_t>(randbelow(static_cast<uint64_t>(i) + 1));
      swap(i, j);
    }
  }
  // The same shuffle as a permutation: result[i] is the old index of the
  // element that ends up at position i.
  std::vector<size_t> shuffled_indices(size_t n);

  // sample(population, k): indices into the population, in selection order.
  // nullopt when k > n (ValueError "Sample larger than population or is
  // negative"; also for negative k, which the caller checks). For
  // sample(..., counts=...) call sample_indices(total, k) and map each
  // index s to bisect_right(cum_counts, s) as random.py does.
  // Indices are 64-bit even in wasm32: sample(range(2**40), 3) is fine.
  std::optional<std::vector<uint64_t>> sample_indices(uint64_t n, uint64_t k);
  // random.py's threshold: the pool method is used when n <= this.
  static double sample_setsize(uint64_t k);

  // choices(population, k=k) without weights: floor(random() * n) each.
  std::vector<uint64_t> choices_indices(uint64_t n, size_t k);
  // choices(population, cum_weights=cw, k=k) (with weights=w the caller
  // passes the running sums of w): bisect_right(cw, random() * total, 0,
  // n - 1) each, total = cw.back(). The caller validates first: same length
  // as the population ("The number of weights does not match the
  // population"), total > 0 ("Total of weights must be greater than zero")
  // and finite ("Total of weights must be finite").
  std::vector<size_t> choices_indices_weighted(const std::vector<double>& cum_weights, size_t k);

  // uniform(a, b) = a + (b - a) * random()
  double uniform(double a, double b) { return a + (b - a) * random(); }
  // randbytes(n): getrandbits(n * 8) as n little-endian bytes.
  std::string randbytes(size_t n);

  // getstate()/setstate() material: CPython's state tuple is the 624 words
  // followed by the position (0..624), plus gauss_next (caller-side).
  const std::array<uint32_t, kN>& state_words() const { return mt_; }
  int state_index() const { return index_; }
  // False (ValueError "invalid state") if index is not in 0..624.
  bool set_state(const std::array<uint32_t, kN>& words, int index);

 private:
  void refill();

  std::array<uint32_t, kN> mt_{};
  int index_ = kN + 1;
};

}  // namespace yl::num
