// The random module: a Random type around the Mersenne Twister kernel
// (num/mt_random), composed exactly as random.py 3.11 composes it, so a seeded
// program draws the same numbers as CPython. The module functions are the
// methods of one hidden instance, as in random.py.
#include <cmath>
#include <random>
#include "../num/float_format.h"
#include "../num/mt_random.h"
#include "../num/sha512.h"
#include "../objects/collections_ops.h"
#include "module.h"
#include "num_args.h"
#include "params.h"

namespace yl {

namespace {

using num::BigInt;

struct RandomObj : Object {
  num::MersenneTwister mt;
  double gauss_next = 0;
  bool has_gauss_next = false;
  explicit RandomObj(Type* t) : Object(t) {}
};

RandomObj* self_of(VM& vm, CallArgs& a, const char* method) {
  RandomObj* r = a.n && a[0].is_obj() ? dynamic_cast<RandomObj*>(a[0].as_obj()) : nullptr;
  if (!r) vm.type_error(std::string("descriptor '") + method + "' requires a 'Random' object");
  return r;
}

std::vector<Value> params(VM& vm, CallArgs& a, const char* qualname, std::initializer_list<const char*> names,
                          size_t required, size_t positional = SIZE_MAX) {
  return bind_params(vm, a, {qualname, names, required, positional == SIZE_MAX ? names.size() : positional, true});
}

bool is_str(VM& vm, Value v) { return v.is_obj() && vm.type_of(v)->layout == Layout::Str; }

// ---- seeding ----
BigInt from_big_endian(const std::string& bytes) {
  BigInt::Rep v;
  boost::multiprecision::import_bits(v, bytes.begin(), bytes.end(), 8, true);
  return BigInt(std::move(v));
}

// random.py's version 1 string hash (kept for seed(s, version=1)).
BigInt str_seed_v1(Str* s) {
  std::u32string cps;
  for (size_t i = 0; i < s->len;) {
    unsigned char c = static_cast<unsigned char>(s->data[i]);
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : c & (0x7F >> n);
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s->data[i + size_t(k)]) & 0x3F);
    cps.push_back(cp);
    i += size_t(n);
  }
  uint64_t x = cps.empty() ? 0 : uint64_t(cps[0]) << 7;
  for (char32_t c : cps) x = (1000003 * x) ^ c;
  x ^= cps.size();
  return BigInt::from_uint64(x);
}

void seed(VM& vm, RandomObj* r, Value a, Value version) {
  r->has_gauss_next = false;
  if (a.is_null() || a.is_none()) {
    // CPython seeds from os.urandom; any entropy will do here.
    std::random_device rd;
    uint32_t key[8];
    for (uint32_t& k : key) k = rd();
    r->mt.init_by_array(key, 8);
    return;
  }
  int64_t ver = version.is_null() ? 2 : vm.index_of(version);
  if (is_str(vm, a)) {
    Str* s = as_str(a);
    if (ver == 1) { r->mt.seed(str_seed_v1(s)); return; }
    if (ver == 2) {
      auto digest = num::sha512(s->view());
      std::string bytes = s->str() + std::string(digest.begin(), digest.end());
      r->mt.seed(from_big_endian(bytes));
      return;
    }
  }
  if (vm.is_int(a)) { r->mt.seed(int_value(a)); return; }
  // Floats seed with their hash, taken as unsigned like CPython's (size_t)hash.
  if (a.is_float()) { r->mt.seed(BigInt::from_uint64(uint64_t(num::float_hash(a.as_float())))); return; }
  vm.type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}

// ---- integer arguments of randrange: ints, or floats with integral values ----
BigInt range_arg(VM& vm, Value v, const char* which) {
  if (v.is_float()) {
    double d = v.as_float();
    if (!std::isfinite(d) || d != std::floor(d)) vm.raise(vm.e_value, std::string("non-integer ") + which + " for randrange()");
    return *BigInt::from_double(d);
  }
  return arg_bigint(vm, v);
}

Ref randrange(VM& vm, RandomObj* r, Value start, Value stop, Value step) {
  std::string err;
  BigInt istart = range_arg(vm, start, "arg 1");
  std::optional<BigInt> v;
  if (stop.is_null() || stop.is_none()) {
    if (!step.is_null() && !(step.is_int() && step.as_int() == 1)) vm.type_error("Missing a non-None stop argument");
    v = r->mt.randrange(istart, &err);
  } else {
    BigInt istop = range_arg(vm, stop, "stop");
    BigInt istep = step.is_null() ? BigInt(1) : range_arg(vm, step, "step");
    v = r->mt.randrange(istart, istop, istep, &err);
  }
  if (!v) vm.raise(vm.e_value, err);
  return vm.from_bigint(*v);
}

// ---- sequences ----
Value item_at(VM& vm, Value seq, uint64_t i) {
  Type* t = vm.type_of(seq);
  if (t->layout == Layout::List) return Ref::borrow(as_list(seq)->items[i]).release();
  if (t->layout == Layout::Tuple) return Ref::borrow(as_tuple(seq)->items[i]).release();
  return vm.getitem(seq, vm.from_int64(int64_t(i)).get()).release();
}

bool is_sequence(VM& vm, Value v) {
  Layout l = vm.type_of(v)->layout;
  return l == Layout::List || l == Layout::Tuple || l == Layout::Str || l == Layout::Range;
}

std::vector<double> cumulative(VM& vm, Value weights) {
  std::vector<double> cum;
  double total = 0;
  for (Ref& w : vm.collect(weights)) cum.push_back(total = vm.to_double(vm.binary(Value::flt(total), w.get(), B_ADD).get()));
  return cum;
}

// ---- methods ----
Value r_new(VM& vm, CallArgs& a) {
  auto* r = make<RandomObj>(static_cast<Type*>(a[0].as_obj()));
  Ref hold(r);
  auto p = bind_params(vm, a, {"Random", {"x"}, 0, 1, true});
  seed(vm, r, p[0], Value::null());
  return hold.release();
}
Value r_seed(VM& vm, CallArgs& a) {
  RandomObj* r = self_of(vm, a, "seed");
  auto p = params(vm, a, "Random.seed", {"a", "version"}, 0);
  seed(vm, r, p[0], p[1]);
  return Value::none();
}
Value r_random(VM& vm, CallArgs& a) {
  RandomObj* r = self_of(vm, a, "random");
  if (a.n != 1 || a.nkw()) vm.type_error("Random.random() takes no arguments (" + std::to_string(a.n - 1) + " given)");
  return Value::flt(r->mt.random());
}
Value r_getrandbits(VM& vm, CallArgs& a) {
  RandomObj* r = self_of(vm, a, "getrandbits");
  if (a.n != 2 || a.nkw()) vm.type_error("Random.getrandbits() takes exactly one argument (" + std::to_string(a.n - 1) + " given)");
  BigInt k = arg_bigint(vm, a[1]);
  if (k.is_negative()) vm.raise(vm.e_value, "number of bits must be non-negative");
  return vm.from_bigint(r->mt.getrandbits(uint64_t(k.to_int64()))).release();
}
Value r_randrange(VM& vm, CallArgs& a) {
  RandomObj* r = self_of(vm, a, "randrange");
  auto p = params(vm, a, "Random.randrange", {"start", "stop", "step"}, 1);
  return randrange(vm, r, p[0], p[1], p[2]).release();
}
Value r_randint(VM& vm, CallArgs& a) {
  RandomObj* r = self_of(vm, a, "randint");
  auto p = params(vm, a, "Random.randint", {"a", "b"}, 2);
  Ref stop = vm.binary(p[1], Value::small(1), B_ADD);
  return randrange(vm, r, p[0], stop.get(), Value::null()).release();
}
Value r_choice(VM& vm, CallArgs& a) {
  RandomObj* r = self_of(vm, a, "choice");
  auto p = params(vm, a, "Random.choice", {"seq"}, 1);
  // A range's length can pass 2**32, which size_t (vm.len) cannot hold in wasm32.
  uint64_t n = vm.type_of(p[0])->layout == Layout::Range ? uint64_t(static_cast<Range*>(p[0].as_obj())->length)
                                                         : vm.len(p[0]);
  if (n == 0) vm.raise(vm.e_index, "Cannot choose from an empty sequence");
  return item_at(vm, p[0], r->mt.choice_index(n));
}
Value r_shuffle(VM& vm, CallArgs& a) {
  RandomObj* r = self_of(vm, a, "shuffle");
  auto p = params(vm, a, "Random.shuffle", {"x"}, 1);
  Value x = p[0];
  size_t n = vm.len(x);
  if (vm.type_of(x)->layout == Layout::List) {
    r->mt.shuffle(n, [&](size_t i, size_t j) {
      auto& items = as_list(x)->items;
      if (i < items.size() && j < items.size()) std::swap(items[i], items[j]);
    });
    return Value::none();
  }
  r->mt.shuffle(n, [&](size_t i, size_t j) {
    Ref vi = vm.getitem(x, Value::small(int64_t(i))), vj = vm.getitem(x, Value::small(int64_t(j)));
    vm.setitem(x, Value::small(int64_t(i)), vj.get());
    vm.setitem(x, Value::small(int64_t(j)), vi.get());
  });
  return Value::none();
}
Value r_sample(VM& vm, CallArgs& a) {
  RandomObj* r = self_of(vm, a, "sample");
  auto p = params(vm, a, "Random.sample", {"population", "k", "counts"}, 2, 2);
  Value pop = p[0];
  if (!is_sequence(vm, pop)) vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
  uint64_t n = vm.len(pop);
  BigInt k = arg_bigint(vm, p[1]);
  std::vector<int64_t> cum_counts;
  if (!p[2].is_null() && !p[2].is_none()) {
    int64_t total = 0;
    for (Ref& c : vm.collect(p[2])) {
      if (!vm.is_int(c.get())) vm.type_error("Counts must be integers");
      cum_counts.push_back(total += vm.index_of(c.get()));
    }
    if (cum_counts.size() != n) vm.raise(vm.e_value, "The number of counts does not match the population");
    if (total <= 0) vm.raise(vm.e_value, "Total of counts must be greater than zero");
    n = uint64_t(total);
  }
  if (k.is_negative() || k > BigInt::from_uint64(n)) vm.raise(vm.e_value, "Sample larger than population or is negative");
  auto idx = r->mt.sample_indices(n, uint64_t(k.to_int64()));
  Ref out = vm.new_list(idx->size());
  for (uint64_t i : *idx) {
    if (!cum_counts.empty()) {
      // bisect_right(cum_counts, i): the population item this draw falls in.
      i = uint64_t(std::upper_bound(cum_counts.begin(), cum_counts.end(), int64_t(i)) - cum_counts.begin());
    }
    Ref item = Ref::steal(item_at(vm, pop, i));
    list_append(out.as<List>(), item.get());
  }
  return out.release();
}
Value r_choices(VM& vm, CallArgs& a) {
  RandomObj* r = self_of(vm, a, "choices");
  auto p = params(vm, a, "Random.choices", {"population", "weights", "cum_weights", "k"}, 1, 2);
  Value pop = p[0], weights = p[1], cum = p[2];
  size_t n = vm.len(pop);
  int64_t k = p[3].is_null() ? 1 : vm.index_of(p[3]);
  if (k < 0) k = 0;
  Ref out = vm.new_list();
  auto take = [&](uint64_t i) { Ref item = Ref::steal(item_at(vm, pop, i)); list_append(out.as<List>(), item.get()); };
  bool no_weights = weights.is_null() || weights.is_none(), no_cum = cum.is_null() || cum.is_none();
  if (no_cum && no_weights) {
    for (uint64_t i : r->mt.choices_indices(n, size_t(k))) take(i);
    return out.release();
  }
  std::vector<double> cw;
  if (no_cum) {
    if (vm.is_int(weights)) vm.type_error("The number of choices must be a keyword argument: k=" + vm.repr_s(weights));
    cw = cumulative(vm, weights);
  } else {
    if (!no_weights) vm.type_error("Cannot specify both weights and cumulative weights");
    for (Ref& w : vm.collect(cum)) cw.push_back(vm.to_double(w.get()));
  }
  if (cw.size() != n) vm.raise(vm.e_value, "The number of weights does not match the population");
  if (cw.empty()) vm.raise(vm.e_index, "list index out of range");
  if (cw.back() <= 0) vm.raise(vm.e_value, "Total of weights must be greater than zero");
  if (!std::isfinite(cw.back())) vm.raise(vm.e_value, "Total of weights must be finite");
  for (size_t i : r->mt.choices_indices_weighted(cw, size_t(k))) take(i);
  return out.release();
}
Value r_uniform(VM& vm, CallArgs& a) {
  RandomObj* r = self_of(vm, a, "uniform");
  auto p = params(vm, a, "Random.uniform", {"a", "b"}, 2);
  // a + (b - a) * random(), with Python arithmetic so ints mix as they do there.
  Ref width = vm.binary(p[1], p[0], B_SUB);
  Ref scaled = vm.binary(width.get(), Value::flt(r->mt.random()), B_MUL);
  return vm.binary(p[0], scaled.get(), B_ADD).release();
}
double opt_double(VM& vm, Value v, double d) { return v.is_null() ? d : arg_double(vm, v); }
Value r_gauss(VM& vm, CallArgs& a) {
  RandomObj* r = self_of(vm, a, "gauss");
  auto p = params(vm, a, "Random.gauss", {"mu", "sigma"}, 0);
  double mu = opt_double(vm, p[0], 0.0), sigma = opt_double(vm, p[1], 1.0);
  double z;
  if (r->has_gauss_next) {
    z = r->gauss_next;
    r->has_gauss_next = false;
  } else {
    double x2pi = r->mt.random() * (2 * kPi);
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - r->mt.random()));
    z = std::cos(x2pi) * g2rad;
    r->gauss_next = std::sin(x2pi) * g2rad;
    r->has_gauss_next = true;
  }
  return Value::flt(mu + z * sigma);
}
Value r_normalvariate(VM& vm, CallArgs& a) {
  RandomObj* r = self_of(vm, a, "normalvariate");
  auto p = params(vm, a, "Random.normalvariate", {"mu", "sigma"}, 0);
  double mu = opt_double(vm, p[0], 0.0), sigma = opt_double(vm, p[1], 1.0);
  // Kinderman and Monahan's ratio method, as random.py writes it.
  const double magic = 4 * std::exp(-0.5) / std::sqrt(2.0);
  double z;
  for (;;) {
    double u1 = r->mt.random(), u2 = 1.0 - r->mt.random();
    z = magic * (u1 - 0.5) / u2;
    if (z * z / 4.0 <= -std::log(u2)) break;
  }
  return Value::flt(mu + z * sigma);
}
Value r_expovariate(VM& vm, CallArgs& a) {
  RandomObj* r = self_of(vm, a, "expovariate");
  auto p = params(vm, a, "Random.expovariate", {"lambd"}, 1);
  double lambd = arg_double(vm, p[0]);
  double u = -std::log(1.0 - r->mt.random());
  if (lambd == 0) vm.raise(vm.e_zero, "float division by zero");
  return Value::flt(u / lambd);
}
Value r_triangular(VM& vm, CallArgs& a) {
  RandomObj* r = self_of(vm, a, "triangular");
  auto p = params(vm, a, "Random.triangular", {"low", "high", "mode"}, 0);
  double low = opt_double(vm, p[0], 0.0), high = opt_double(vm, p[1], 1.0);
  double u = r->mt.random();
  if (high == low && !(p[2].is_null() || p[2].is_none())) return Value::flt(low);  // ZeroDivisionError path
  double c = p[2].is_null() || p[2].is_none() ? 0.5 : (arg_double(vm, p[2]) - low) / (high - low);
  if (u > c) { u = 1.0 - u; c = 1.0 - c; std::swap(low, high); }
  return Value::flt(low + (high - low) * std::sqrt(u * c));
}
Value r_getstate(VM& vm, CallArgs& a) {
  RandomObj* r = self_of(vm, a, "getstate");
  params(vm, a, "Random.getstate", {}, 0);
  Ref words = vm.new_tuple(num::MersenneTwister::kN + 1);
  auto* t = words.as<Tuple>();
  for (int i = 0; i < num::MersenneTwister::kN; ++i) t->items[i] = vm.from_int64(r->mt.state_words()[size_t(i)]).release();
  t->items[num::MersenneTwister::kN] = Value::small(r->mt.state_index());
  Value items[3] = {Value::small(3), words.get(), r->has_gauss_next ? Value::flt(r->gauss_next) : Value::none()};
  return vm.new_tuple(items, 3).release();
}
Value r_setstate(VM& vm, CallArgs& a) {
  RandomObj* r = self_of(vm, a, "setstate");
  auto p = params(vm, a, "Random.setstate", {"state"}, 1);
  std::vector<Ref> st = vm.collect(p[0]);
  if (st.size() != 3 || !(st[0].get().is_int() && st[0].get().as_int() == 3))
    vm.raise(vm.e_value, "state with version " + (st.empty() ? std::string("None") : vm.repr_s(st[0].get())) +
                             " passed to Random.setstate() of version 3");
  std::vector<Ref> words = vm.collect(st[1].get());
  if (words.size() != num::MersenneTwister::kN + 1) vm.raise(vm.e_value, "state vector is the wrong size");
  std::array<uint32_t, num::MersenneTwister::kN> w;
  for (size_t i = 0; i < w.size(); ++i) w[i] = uint32_t(vm.index_of(words[i].get()));
  if (!r->mt.set_state(w, int(vm.index_of(words.back().get())))) vm.raise(vm.e_value, "invalid state");
  r->has_gauss_next = !st[2].get().is_none();
  if (r->has_gauss_next) r->gauss_next = vm.to_double(st[2].get());
  return Value::none();
}

}  // namespace

Ref make_random(VM& vm) {
  Ref mod = new_module(vm, "random");
  Type* t = vm.new_builtin_type("Random", Layout::Object, vm.t_object);
  Ref type_ref(t);
  add_method(vm, t, "__new__", r_new);
  const std::pair<const char*, NativeFn> methods[] = {
      {"seed", r_seed}, {"random", r_random}, {"getrandbits", r_getrandbits}, {"randrange", r_randrange},
      {"randint", r_randint}, {"choice", r_choice}, {"shuffle", r_shuffle}, {"sample", r_sample},
      {"choices", r_choices}, {"uniform", r_uniform}, {"gauss", r_gauss}, {"normalvariate", r_normalvariate},
      {"expovariate", r_expovariate}, {"triangular", r_triangular}, {"getstate", r_getstate},
      {"setstate", r_setstate}};
  for (auto [name, fn] : methods) add_method(vm, t, name, fn);
  module_set(vm, mod.get(), "Random", Value::obj(t));
  // The module's functions are the bound methods of one shared instance.
  Ref inst = vm.call_sync(Value::obj(t), {});
  for (auto [name, fn] : methods) {
    Ref f = vm.new_native(name, fn);
    auto* nf = f.as<NativeFunction>();
    nf->self = inst.get();
    incref(nf->self);
    module_set(vm, mod.get(), name, f.get());
  }
  return mod;
}

}  // namespace yl
