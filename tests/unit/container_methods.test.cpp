// list, tuple, dict, set and frozenset methods (core/objects/*_methods.cpp)
// run through yl::Session and compared with what python3.11 printed for the
// same programs (expected outputs recorded with CPython 3.11.7).
#include <catch2/catch.hpp>
#include <string>
#include "session.h"

namespace {

// The "stdout" member of a Session::run JSON answer, unescaped.
std::string json_field(const std::string& json, const std::string& name) {
  std::string key = "\"" + name + "\":\"";
  size_t p = json.find(key);
  if (p == std::string::npos) return "<no " + name + ">";
  std::string out;
  for (size_t i = p + key.size(); i < json.size() && json[i] != '"'; ++i) {
    char c = json[i];
    if (c != '\\') { out += c; continue; }
    char e = json[++i];
    switch (e) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'u': {
        unsigned cp = std::stoul(json.substr(i + 1, 4), nullptr, 16);
        i += 4;
        if (cp < 0x80) out += char(cp);
        else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
        else { out += char(0xE0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F)); }
        break;
      }
      default: out += e; break;
    }
  }
  return out;
}

// Runs `src` in slices of `slice` instructions until it stops; returns stdout
// (plus the final status when the program did not finish).
std::string run_program(const std::string& src, double slice = 1e9) {
  yl::Session s;
  std::string loaded = s.load(src, "t.py");
  if (loaded.find("\"ok\":true") == std::string::npos) return "<load failed> " + loaded;
  std::string out;
  for (int i = 0; i < 1000000; ++i) {
    std::string r = s.run(slice);
    out += json_field(r, "stdout");
    if (r.find("\"status\":\"paused\"") != std::string::npos) continue;
    if (r.find("\"status\":\"finished\"") == std::string::npos) out += "<status> " + r;
    break;
  }
  return out;
}

struct Case { const char* src; const char* expected; };

void check_all(const Case* cases, size_t n, double slice = 1e9) {
  for (size_t i = 0; i < n; ++i) {
    INFO("program:\n" << cases[i].src);
    CHECK(run_program(cases[i].src, slice) == cases[i].expected);
  }
}

}  // namespace

TEST_CASE("list: append insert pop remove clear copy reverse", "[list]") {
  static const Case cases[] = {
      {R"py(a = [3, 1, 2]
a.append(4); a.insert(0, 'z'); a.insert(-1, 'y'); a.insert(100, 'e'); a.insert(-100, 's')
print(a, a.pop(), a.pop(0), a.pop(-2), a)
)py",
       R"py(['z', 3, 1, 2, 4] e s y ['z', 3, 1, 2, 4]
)py"},
      {R"py(a = [1, [2], 3, [2]]
a.remove([2]); print(a)
b = a.copy(); b.reverse(); print(a, b, b is a)
b.clear(); print(b, a)
)py",
       R"py([1, 3, [2]]
[1, 3, [2]] [[2], 3, 1] False
[] [1, 3, [2]]
)py"},
      {R"py(a = [1, 2, 3]
print(a.pop(True), a.pop(-1), a)
)py",
       R"py(2 3 [1]
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("list: index and count", "[list]") {
  static const Case cases[] = {
      {R"py(a = [0, 1, 0, 1, 0]
print(a.index(1), a.index(1, 2), a.index(0, -1), a.index(0, 1, 3), a.count(0), a.count(5))
)py",
       R"py(1 3 4 2 3 0
)py"},
      {R"py(a = [1]
print(a.index(1, -2**70), a.index(1, 0, 2**70))
try:
    a.index(1, 2**70)
except ValueError as e:
    print(e)
)py",
       R"py(0 0
1 is not in list
)py"},
      {R"py(t = (1, 2, 1, [3], 1)
print(t.count(1), t.index([3]), t.index(1, 1), t.index(1, -1))
)py",
       R"py(3 3 2 4
)py"},
      {R"py(nan = float('nan')
print([nan].count(nan), [nan].index(nan), [1, 1.0, True].count(1))
)py",
       R"py(1 0 3
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("list: extend", "[list]") {
  static const Case cases[] = {
      {R"py(a = [1, 2]
a.extend([3]); a.extend((4,)); a.extend('ab'); a.extend(range(2)); a.extend({'k': 1}); print(a)
a.extend(a); print(len(a))
)py",
       R"py([1, 2, 3, 4, 'a', 'b', 0, 1, 'k']
18
)py"},
      {R"py(a = [1, 2]
def g():
    for i in range(3):
        print('len', len(a))
        yield i
a.extend(g()); print(a)
)py",
       R"py(len 2
len 3
len 4
[1, 2, 0, 1, 2]
)py"},
      {R"py(a = []
def bad():
    yield 10
    yield 20
    raise ValueError('stop')
try:
    a.extend(bad())
except ValueError as e:
    print('caught', e, a)
)py",
       R"py(caught stop [10, 20]
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("list: sort", "[list][sort]") {
  static const Case cases[] = {
      {R"py(data = [(i * 7919 + 13) % 51 for i in range(300)]
s = data[:]; s.sort(); print(s[:8], s[-3:])
s = data[:]; s.sort(reverse=True); print(s[:8])
)py",
       R"py([0, 0, 0, 0, 0, 0, 1, 1] [50, 50, 50]
[50, 50, 50, 50, 50, 49, 49, 49]
)py"},
      {R"py(data = [(i * 7919 + 13) % 51 for i in range(300)]
p = [(x % 7, i) for i, x in enumerate(data)]
q = p[:]; q.sort(key=lambda t: t[0]); print(q[:10])
q = p[:]; q.sort(key=lambda t: t[0], reverse=True); print(q[:10])
)py",
       R"py([(0, 10), (0, 11), (0, 12), (0, 13), (0, 36), (0, 37), (0, 38), (0, 39), (0, 61), (0, 62)]
[(6, 0), (6, 1), (6, 2), (6, 25), (6, 26), (6, 27), (6, 28), (6, 51), (6, 52), (6, 53)]
)py"},
      {R"py(w = 'the quick brown fox jumps over the lazy dog'.split()
w.sort(key=len); print(w)
w.sort(key=str.lower, reverse=True); print(w)
)py",
       R"py(['the', 'fox', 'the', 'dog', 'over', 'lazy', 'quick', 'brown', 'jumps']
['the', 'the', 'quick', 'over', 'lazy', 'jumps', 'fox', 'dog', 'brown']
)py"},
      {R"py(def key(x):
    print('key', x)
    return -x
z = [3, 1, 2]; z.sort(key=key); print(z)
)py",
       R"py(key 3
key 1
key 2
[3, 2, 1]
)py"},
      {R"py(a = [3, 1, 2]
def bad(x):
    a.append(x)
    return x
try:
    a.sort(key=bad)
except ValueError as e:
    print(e, a)
)py",
       R"py(list modified during sort [1, 2, 3]
)py"},
      {R"py(b = [1, 2, 3]
def k(x):
    print(len(b))
    return x
b.sort(key=k)
print(b)
)py",
       R"py(0
0
0
[1, 2, 3]
)py"},
      {R"py(a = [3, 1, 'x', 2]
try:
    a.sort()
except TypeError as e:
    print(e, a)
nan = float('nan')
n = [3, nan, 1, 2]; n.sort(); print(n)
)py",
       R"py('<' not supported between instances of 'str' and 'int' [3, 1, 'x', 2]
[3, nan, 1, 2]
)py"},
      {R"py(big = list(range(2000, 0, -3)) + list(range(500))
big.sort(); print(big[:5], big[-5:], len(big))
m = [(x % 5, str(x)) for x in range(60)]
m.sort(); print(m[:6])
)py",
       R"py([0, 1, 2, 2, 3] [1988, 1991, 1994, 1997, 2000] 1167
[(0, '0'), (0, '10'), (0, '15'), (0, '20'), (0, '25'), (0, '30')]
)py"},
      {R"py(data = [(i * 7919 + 13) % 51 for i in range(140)]
fl = [str(x) for x in data[:100]] + [13] + [str(x) for x in data[100:]]
try:
    fl.sort()
except TypeError as e:
    print(e, fl[:25], len(fl))
)py",
       R"py('<' not supported between instances of 'int' and 'str' ['0', '1', '10', '11', '13', '14', '15', '16', '18', '19', '2', '20', '23', '24', '25', '27', '28', '29', '30', '32', '33', '34', '37', '38', '39'] 141
)py"},
      {R"py(def failing(x):
    if x == 13:
        raise KeyError(x)
    return x
c = list(range(20, 0, -1))
try:
    c.sort(key=failing)
except KeyError as e:
    print('KeyError', e, c)
)py",
       R"py(KeyError 13 [20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("list: sort comparisons from __lt__", "[list][sort][class]") {
  static const Case cases[] = {
      {R"py(log = []
class L:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        log.append((s.v, o.v))
        return s.v < o.v
ls = [L(x) for x in [5, 3, 8, 1, 9, 2, 7]]
ls.sort(); print(log)
)py",
       R"py([(3, 5), (8, 3), (8, 5), (1, 5), (1, 3), (9, 5), (9, 8), (2, 5), (2, 3), (2, 1), (7, 5), (7, 9), (7, 8)]
)py"},
      {R"py(class C:
    n = 0
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        C.n += 1
        return s.v < o.v
cs = [C((i * 7919 + 13) % 51) for i in range(300)]
cs.sort(); print(C.n, [c.v for c in cs[:6]])
)py",
       R"py(2079 [0, 0, 0, 0, 0, 0]
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("list/tuple: argument errors", "[list][errors]") {
  static const Case cases[] = {
      {R"py(def tryit(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
tryit(lambda: [].pop())
tryit(lambda: [1].pop(5))
tryit(lambda: [1].remove(2))
tryit(lambda: [1].index(2))
tryit(lambda: (1,).index(2))
tryit(lambda: [].append())
tryit(lambda: [].append(1, 2))
tryit(lambda: [].append(x=1))
tryit(lambda: [].insert(1))
tryit(lambda: [].pop(1, 2))
tryit(lambda: [].pop('a'))
tryit(lambda: [].pop(1.5))
tryit(lambda: [].index())
tryit(lambda: [1].index(1, 'a'))
tryit(lambda: [1].index(1, None))
tryit(lambda: [].clear(1))
tryit(lambda: [].sort(1))
tryit(lambda: [].sort(foo=1))
tryit(lambda: [1, 'a'].sort())
tryit(lambda: ['a', 1].sort())
tryit(lambda: [3, 1].sort(key=1))
tryit(lambda: [].sort(reverse='x'))
tryit(lambda: [].sort(reverse=2**70))
tryit(lambda: list.append((), 1))
tryit(lambda: [1].insert(2**70, 1))
tryit(lambda: [1].pop(-2**70))
tryit(lambda: [].extend(5))
tryit(lambda: ().count())
tryit(lambda: [].count(x=1))
)py",
       R"py(IndexError pop from empty list
IndexError pop index out of range
ValueError list.remove(x): x not in list
ValueError 2 is not in list
ValueError tuple.index(x): x not in tuple
TypeError list.append() takes exactly one argument (0 given)
TypeError list.append() takes exactly one argument (2 given)
TypeError list.append() takes no keyword arguments
TypeError insert expected 2 arguments, got 1
TypeError pop expected at most 1 argument, got 2
TypeError 'str' object cannot be interpreted as an integer
TypeError 'float' object cannot be interpreted as an integer
TypeError index expected at least 1 argument, got 0
TypeError slice indices must be integers or have an __index__ method
TypeError slice indices must be integers or have an __index__ method
TypeError list.clear() takes no arguments (1 given)
TypeError sort() takes no positional arguments
TypeError 'foo' is an invalid keyword argument for sort()
TypeError '<' not supported between instances of 'str' and 'int'
TypeError '<' not supported between instances of 'int' and 'str'
TypeError 'int' object is not callable
TypeError 'str' object cannot be interpreted as an integer
OverflowError Python int too large to convert to C int
TypeError descriptor 'append' for 'list' objects doesn't apply to a 'tuple' object
OverflowError Python int too large to convert to C ssize_t
OverflowError Python int too large to convert to C ssize_t
TypeError 'int' object is not iterable
TypeError tuple.count() takes exactly one argument (0 given)
TypeError list.count() takes no keyword arguments
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("dict: lookups and removal", "[dict]") {
  static const Case cases[] = {
      {R"py(d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('q', []), d)
d.setdefault('q', []).append(1); print(d)
)py",
       R"py(1 None 0 1 [] {'a': 1, 'b': 2, 'q': []}
{'a': 1, 'b': 2, 'q': [1]}
)py"},
      {R"py(d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('a'), d.pop('zz', 'dflt'), d, d.popitem(), d)
)py",
       R"py(1 dflt {'b': 2} ('c', 3) {'b': 2}
)py"},
      {R"py(d = {i: i for i in range(10)}
for i in range(0, 10, 2): del d[i]
print(d.popitem(), d); d[100] = 1; print(d)
while d: print(d.popitem(), end=' ')
print()
)py",
       R"py((9, 9) {1: 1, 3: 3, 5: 5, 7: 7}
{1: 1, 3: 3, 5: 5, 7: 7, 100: 1}
(100, 1) (7, 7) (5, 5) (3, 3) (1, 1) 
)py"},
      {R"py(d = {'x': 1}
k, v, i = d.keys(), d.values(), d.items()
d['y'] = 2
print(list(k), list(v), list(i), len(k), 'y' in k, ('y', 2) in i)
)py",
       R"py(['x', 'y'] [1, 2] [('x', 1), ('y', 2)] 2 True True
)py"},
      {R"py(d = {'a': 1}
e = d.copy(); e['b'] = 2; print(d, e, e is d)
e.clear(); print(e, d)
)py",
       R"py({'a': 1} {'a': 1, 'b': 2} False
{} {'a': 1}
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("dict: update and fromkeys", "[dict]") {
  static const Case cases[] = {
      {R"py(d = {}
d.update({'x': 1}, y=2); d.update([('m', 1), ['n', 2]]); d.update((x, x * x) for x in range(3)); d.update(['ab', 'cd']); print(d)
d.update(d); print(d.update(), d.update(z=0), len(d))
)py",
       R"py({'x': 1, 'y': 2, 'm': 1, 'n': 2, 0: 0, 1: 1, 2: 4, 'a': 'b', 'c': 'd'}
None None 10
)py"},
      {R"py(class M:
    def keys(self): return iter(['k1', 'k2'])
    def __getitem__(self, k): return k.upper()
d = {}; d.update(M()); print(d)
)py",
       R"py({'k1': 'K1', 'k2': 'K2'}
)py"},
      {R"py(d = {}
def pairs():
    for i in range(3):
        print('size', len(d))
        yield (str(i), i)
d.update(pairs()); print(d)
)py",
       R"py(size 0
size 1
size 2
{'0': 0, '1': 1, '2': 2}
)py"},
      {R"py(d = {}
def bad():
    yield ('x', 1)
    yield 5
try:
    d.update(bad())
except TypeError as e:
    print(e, d)
def bad2():
    yield ('y', 1)
    yield 'abc'
try:
    d.update(bad2())
except ValueError as e:
    print(e, d)
)py",
       R"py(cannot convert dictionary update sequence element #1 to a sequence {'x': 1}
dictionary update sequence element #1 has length 3; 2 is required {'x': 1, 'y': 1}
)py"},
      {R"py(print(dict.fromkeys('abc'), dict.fromkeys(range(3), 0), {}.fromkeys([1, 2], 'v'))
print(dict.fromkeys(x for x in 'xyz'), dict.fromkeys({'p': 1, 'q': 2}), dict.fromkeys([5, 6, 7]))
)py",
       R"py({'a': None, 'b': None, 'c': None} {0: 0, 1: 0, 2: 0} {1: 'v', 2: 'v'}
{'x': None, 'y': None, 'z': None} {'p': None, 'q': None} {5: None, 6: None, 7: None}
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("dict: argument errors", "[dict][errors]") {
  static const Case cases[] = {
      {R"py(def tryit(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
tryit(lambda: {}.pop(1))
tryit(lambda: {}.pop('a'))
tryit(lambda: {}.pop([]))
tryit(lambda: {}.pop([], 5))
tryit(lambda: {1: 2}.pop([]))
tryit(lambda: {}.pop((1, 2)))
tryit(lambda: {}.popitem())
tryit(lambda: {}.get())
tryit(lambda: {}.get(1, 2, 3))
tryit(lambda: {}.get([]))
tryit(lambda: {}.update(1))
tryit(lambda: {}.update([1]))
tryit(lambda: {}.update([(1, 2, 3)]))
tryit(lambda: {}.update({}, {}))
tryit(lambda: {}.keys(1))
tryit(lambda: dict.fromkeys())
tryit(lambda: dict.fromkeys(1))
tryit(lambda: dict.fromkeys(1, 2, 3))
tryit(lambda: {}.setdefault())
tryit(lambda: {}.get(x=1))
tryit(lambda: dict.get([], 1))
tryit(lambda: {}.copy(1))
)py",
       R"py(KeyError 1
KeyError 'a'
KeyError []
5
TypeError unhashable type: 'list'
KeyError (1, 2)
KeyError 'popitem(): dictionary is empty'
TypeError get expected at least 1 argument, got 0
TypeError get expected at most 2 arguments, got 3
TypeError unhashable type: 'list'
TypeError 'int' object is not iterable
TypeError cannot convert dictionary update sequence element #0 to a sequence
ValueError dictionary update sequence element #0 has length 3; 2 is required
TypeError update expected at most 1 argument, got 2
TypeError dict.keys() takes no arguments (1 given)
TypeError fromkeys expected at least 1 argument, got 0
TypeError 'int' object is not iterable
TypeError fromkeys expected at most 2 arguments, got 3
TypeError setdefault expected at least 1 argument, got 0
TypeError dict.get() takes no keyword arguments
TypeError descriptor 'get' for 'dict' objects doesn't apply to a 'list' object
TypeError dict.copy() takes no arguments (1 given)
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("dict: hashing like CPython", "[dict][class]") {
  static const Case cases[] = {
      {R"py(class H:
    def __init__(s, v): s.v = v
    def __hash__(s):
        print('hash', s.v)
        return hash(s.v)
    def __eq__(s, o):
        print('eq', s.v)
        return isinstance(o, H) and s.v == o.v
d = {H(1): 1, H(2): 2}
print('copy'); f = d.copy()
print('update'); f.update(d); g = {}; g.update(d)
print('pop'); d.pop(H(1))
print('get'); d.get(H(2))
print('popitem'); d.popitem()
print('fromkeys'); x = dict.fromkeys(f)
)py",
       R"py(hash 1
hash 2
copy
update
pop
hash 1
eq 1
get
hash 2
eq 2
popitem
fromkeys
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("set: methods", "[set]") {
  static const Case cases[] = {
      {R"py(a = set([1, 2, 3]); a.add(4); a.add(2); a.discard(1); a.discard(9); a.remove(3); print(sorted(a), len(a))
b = a.copy(); b.clear(); print(b, sorted(a))
)py",
       R"py([2, 4] 2
set() [2, 4]
)py"},
      {R"py(a = set([1, 2, 3, 40, 50]); b = set([3, 4, 5, 40, 100])
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset(b), set([1]).issubset(a), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint([99]))
)py",
       R"py([1, 2, 3, 4, 5, 40, 50, 100] [3, 40] [1, 2, 50] [1, 2, 4, 5, 50, 100]
False True True False True
)py"},
      {R"py(s = set()
def items():
    for i in [5, 3, 5, 9]:
        print('size', len(s))
        yield i
s.update(items()); print(sorted(s))
)py",
       R"py(size 0
size 1
size 2
size 2
[3, 5, 9]
)py"},
      {R"py(def g(xs):
    for x in xs:
        print('y', x)
        yield x
print(sorted(set([1, 2]).intersection(g([1, 2, 3, 4]))))
print(set([1]).issubset(g([1, 2, 3])))
print(set([1, 5]).issuperset(g([1, 2, 3])))
print(set([1, 5]).isdisjoint(g([7, 5, 3])))
)py",
       R"py(y 1
y 2
[1, 2]
y 1
y 2
y 3
True
y 1
y 2
False
y 7
y 5
False
)py"},
      {R"py(f = frozenset([3, 1, 2])
print(sorted(f.union([9])), sorted(f.intersection([1, 2])), f.copy() is f, f.union() is f, type(f.union([5])).__name__, type(set([5]).union(f)).__name__)
z = set([frozenset([1]), 2]); z.remove(set([1])); print(z)
)py",
       R"py([1, 2, 3, 9] [1, 2] True False frozenset set
{2}
)py"},
      {R"py(def tryit(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
tryit(lambda: set().remove(1))
tryit(lambda: set().remove([]))
tryit(lambda: set().discard([]))
tryit(lambda: set().pop())
tryit(lambda: set().update(1))
tryit(lambda: set().union(1))
tryit(lambda: set().issubset(1))
tryit(lambda: set().issubset())
tryit(lambda: set([1]).intersection(1))
tryit(lambda: set([1]).add([]))
tryit(lambda: set().add(x=1))
tryit(lambda: set().union(x=1))
tryit(lambda: set([1]).remove(set([1])))
tryit(lambda: set([1]).issuperset([1, []]))
tryit(lambda: set([1]).isdisjoint([1, []]))
tryit(lambda: set.add(frozenset(), 1))
tryit(lambda: frozenset.union(set(), [2]))
tryit(lambda: set().clear(1))
tryit(lambda: set().symmetric_difference())
tryit(lambda: set().remove((1, 2)))
)py",
       R"py(KeyError 1
TypeError unhashable type: 'list'
TypeError unhashable type: 'list'
KeyError 'pop from an empty set'
TypeError 'int' object is not iterable
TypeError 'int' object is not iterable
TypeError 'int' object is not iterable
TypeError set.issubset() takes exactly one argument (0 given)
TypeError 'int' object is not iterable
TypeError unhashable type: 'list'
TypeError set.add() takes no keyword arguments
TypeError set.union() takes no keyword arguments
KeyError {1}
TypeError unhashable type: 'list'
False
TypeError descriptor 'add' for 'set' objects doesn't apply to a 'frozenset' object
TypeError descriptor 'union' for 'frozenset' objects doesn't apply to a 'set' object
TypeError set.clear() takes no arguments (1 given)
TypeError set.symmetric_difference() takes exactly one argument (0 given)
KeyError (1, 2)
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("set: iteration order like CPython", "[set][order][!mayfail]") {
  static const Case cases[] = {
      {R"py(s = set()
for x in [20, 5, 1, 2, 3]: s.add(x)
print(s, s.copy(), s.union(), s.intersection(s), s.difference())
)py",
       R"py({1, 2, 3, 5, 20} {1, 2, 3, 20, 5} {1, 2, 3, 20, 5} {1, 2, 3, 20, 5} {1, 2, 3, 20, 5}
)py"},
      {R"py(s = set([1, 2, 3, 4]); s.discard(2); s.add(10); print(s)
s = set([1, 9, 2]); print(s)
)py",
       R"py({1, 10, 3, 4}
{1, 2, 9}
)py"},
      {R"py(s = set(range(8)); s.difference_update(set(range(7))); s.add(15); print(s)
s = set(range(9)); s.difference_update([0, 1, 2, 3, 4, 5, 6, 8]); s.add(15); print(s)
)py",
       R"py({7, 15}
{15, 7}
)py"},
      {R"py(a = set([1, 2, 3, 40, 50]); b = set([3, 4, 5, 40, 100])
print(a.union(b), a.union([7, 8], (9,)), a.intersection(b), a.difference(b), a.symmetric_difference(b), b.symmetric_difference(a))
c = a.copy(); c.update(b, [200]); print(c)
c.intersection_update(range(0, 100, 2)); print(c)
c = a.copy(); c.symmetric_difference_update([1, 1000]); print(c)
)py",
       R"py({1, 2, 3, 100, 4, 5, 40, 50} {1, 2, 3, 50, 7, 40, 8, 9} {40, 3} {1, 2, 50} {1, 2, 50, 100, 4, 5} {1, 2, 50, 100, 4, 5}
{1, 2, 3, 100, 4, 5, 40, 200, 50}
{40, 2, 4, 50}
{2, 3, 50, 40, 1000}
)py"},
      {R"py(s = set(range(8))
print(s.pop(), s.pop(), s.pop())
s.add(32)
print(s, s.pop(), s.pop(), s)
)py",
       R"py(0 1 2
{32, 5, 6, 7} 3 4 {32, 5, 6, 7}
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

// Methods that consume generators run as coroutines on the frame stack, so the
// VM can pause inside the generator they drive: the output must not change
// when the program runs in slices of a few instructions.
TEST_CASE("containers: methods driving generators pause and resume", "[list][dict][set][pause]") {
  static const Case cases[] = {
      {R"py(a = [0]
def g(n):
    for i in range(n):
        yield i * i
a.extend(g(50)); print(len(a), a[-1])
d = {}
d.update((str(i), i) for i in range(30)); print(len(d), d['29'])
s = set(); s.update(g(40)); print(len(s))
print(len(set(range(100)).intersection(g(20))), set([1]).issubset(g(5)), dict.fromkeys(g(10)).get(81, 'x'))
b = list(range(30)); b.sort(key=lambda x: -x); print(b[:3])
)py",
       R"py(51 2401
30 29
40
10 True None
[29, 28, 27]
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]), 7);
}
