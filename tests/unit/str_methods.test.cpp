// str methods, repr, % formatting and str.format run through yl::Session and
// compared with the stdout python3.11 printed for the same programs.
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
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'u': {
        unsigned cp = std::stoul(json.substr(i + 1, 4), nullptr, 16);
        i += 4;
        if (cp >= 0xD800 && cp < 0xDC00 && json.compare(i + 1, 2, "\\u") == 0) {
          unsigned lo = std::stoul(json.substr(i + 3, 4), nullptr, 16);
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          i += 6;
        }
        if (cp < 0x80) out += char(cp);
        else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
        else if (cp < 0x10000) { out += char(0xE0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F)); }
        else { out += char(0xF0 | (cp >> 18)); out += char(0x80 | ((cp >> 12) & 0x3F)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F)); }
        break;
      }
      default: out += e; break;
    }
  }
  return out;
}

std::string run_program(const std::string& src) {
  yl::Session s;
  std::string loaded = s.load(src, "t.py");
  if (loaded.find("\"ok\":true") == std::string::npos) return "<load failed> " + loaded;
  std::string r = s.run(1e9);
  std::string stdout_text = json_field(r, "stdout");
  if (r.find("\"status\":\"finished\"") == std::string::npos) stdout_text += "<status> " + r;
  return stdout_text;
}

struct Case { const char* src; const char* expected; };

void check_all(const Case* cases, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    INFO("program:\n" << cases[i].src);
    CHECK(run_program(cases[i].src) == cases[i].expected);
  }
}

}  // namespace

TEST_CASE("str: case mapping", "[str]") {
  static const Case cases[] = {
      {R"py(print("Hello World".upper(), "Hello World".lower(), "hello world".title(), "hELLO".capitalize()))py",
       R"py(HELLO WORLD hello world Hello World Hello
)py"},
      {R"py(print("Hello".swapcase(), "ß".upper(), "ﬁx".upper(), "ǆ".title(), "ΣΑΣ ΟΣ".lower(), "İ".lower() == "i\u0307"))py",
       R"py(hELLO SS FIX ǅ σας ος True
)py"},
      {R"py(print("straße".casefold(), "ǅ".lower(), "ÀÉ".lower(), "àé".upper(), "o'neil".title(), "ab1cd".title()))py",
       R"py(strasse ǆ àé ÀÉ O'Neil Ab1Cd
)py"},
      {R"py(print("ABC".isupper(), "abc".islower(), "Ab Cd".istitle(), "Ab cd".istitle(), "".isupper(), "1".islower()))py",
       R"py(True True True False False False
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("str: predicates", "[str]") {
  static const Case cases[] = {
      {R"py(print("123".isdigit(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "٣".isdecimal()))py",
       R"py(True True False True False True
)py"},
      {R"py(print("abc".isalpha(), "é".isalpha(), "a1".isalnum(), " \t\n\x1c".isspace(), "".isspace(), "\xa0".isspace()))py",
       R"py(True True True True False True
)py"},
      {R"py(print("_x1".isidentifier(), "1x".isidentifier(), "é".isidentifier(), "".isidentifier(), "a b".isidentifier()))py",
       R"py(True False True False False
)py"},
      {R"py(print("abc".isprintable(), "\n".isprintable(), "".isprintable(), "é".isascii(), "a".isascii(), "\u200b".isprintable()))py",
       R"py(True False True False True False
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("str: strip", "[str]") {
  static const Case cases[] = {
      {R"py(print(repr("  a b  ".strip()), repr("xxaxx".lstrip("x")), repr("xxaxx".rstrip("x")), repr("\u3000a\u3000".strip())))py",
       R"py('a b' 'axx' 'xxa' 'a'
)py"},
      {R"py(print(repr("abcba".strip("ab")), repr("ééxéé".strip("é")), repr("".strip()), repr("  ".strip())))py",
       R"py('c' 'x' '' ''
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("str: split", "[str]") {
  static const Case cases[] = {
      {R"py(print("  a  b c ".split(), "a,b,,c".split(","), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1)))py",
       R"py(['a', 'b', 'c'] ['a', 'b', '', 'c'] ['a', 'b,c'] ['a,b', 'c']
)py"},
      {R"py(print("  a  b c ".split(None, 1), "  a  b c ".rsplit(None, 1), "".split(), "".split(","), "abc".split("abc")))py",
       R"py(['a', 'b c '] ['  a  b', 'c'] [] [''] ['', '']
)py"},
      {R"py(print("a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(True), "x\x0by\x85z\u2028w".splitlines()))py",
       R"py(['a', 'b', 'c', 'd'] ['a\n', 'b\n'] ['x', 'y', 'z', 'w']
)py"},
      {R"py(print("a b c".split(maxsplit=1), "a-b-c".rsplit(sep="-", maxsplit=1), "ééxéé".split("x")))py",
       R"py(['a', 'b c'] ['a-b', 'c'] ['éé', 'éé']
)py"},
      {R"py(print("a\x1cb\x1fc\u3000d".split()))py",
       R"py(['a', 'b', 'c', 'd']
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("str: join and replace", "[str]") {
  static const Case cases[] = {
      {R"py(print(",".join(["a", "b"]), "".join(x for x in "xyz"), "-".join("abc"), "|".join([])))py",
       R"py(a,b xyz a-b-c 
)py"},
      {R"py(print("aXbXc".replace("X", "--"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2)))py",
       R"py(a--b--c bba -a-b-c- -a-bc
)py"},
      {R"py(print("héllo".replace("é", "e"), "abc".replace("z", "y"), "".replace("", "x")))py",
       R"py(hello abc x
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("str: find and count", "[str]") {
  static const Case cases[] = {
      {R"py(print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".count("l")))py",
       R"py(2 3 -1 1 2
)py"},
      {R"py(print("héllo".find("l"), "héllo".rfind("o"), "héllo".find("l", 3), "héllo".count("l", -2), "héllo".find("", 9)))py",
       R"py(2 4 3 1 -1
)py"},
      {R"py(print("abc".find("", 3), "abc".find("", 4), "abc".count(""), "abc".rfind(""), "aaaa".count("aa")))py",
       R"py(3 -1 4 3 2
)py"},
      {R"py(print("abc".find("c", -1), "abc".find("a", 1, -1), "abc".find("b", None, 2), "abc".rindex("c", 0)))py",
       R"py(2 -1 1 2
)py"},
      {R"py(print("hello".startswith("he"), "hello".startswith(("x", "hel")), "hello".endswith("lo", 0, 5), "hello".startswith("l", 2)))py",
       R"py(True True True True
)py"},
      {R"py(print("abc".startswith("", 3), "abc".startswith("", 4), "hello".endswith("ell", 0, 4), "hello".endswith(())))py",
       R"py(True False True False
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("str: padding", "[str]") {
  static const Case cases[] = {
      {R"py(print(repr("ab".center(5, "*")), repr("ab".center(6)), repr("abc".center(6)), repr("x".ljust(3, "é")), repr("x".rjust(3))))py",
       R"py('**ab*' '  ab  ' ' abc  ' 'xéé' '  x'
)py"},
      {R"py(print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "".zfill(2), "abc".zfill(2)))py",
       R"py(00042 -0042 +004 00 abc
)py"},
      {R"py(print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("a\n\tb".expandtabs(2)), repr("\t".expandtabs(0))))py",
       R"py('a       bc      d' 'a   b' 'a\n  b' ''
)py"},
      {R"py(print("a-b".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"), "abc".rpartition("x")))py",
       R"py(('a', '-', 'b') ('a-b', '-', 'c') ('abc', '', '') ('', '', 'abc')
)py"},
      {R"py(print("prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"), "x".removeprefix("y")))py",
       R"py(x x x
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("str: repr", "[str]") {
  static const Case cases[] = {
      {R"py(print(repr("it's"), repr('say "hi"'), repr("both ' \""), repr("a\\b"), repr("\t\n\r\x00\x7f")))py",
       R"py("it's" 'say "hi"' 'both \' "' 'a\\b' '\t\n\r\x00\x7f'
)py"},
      {R"py(print(repr("é日本🐍"), repr("\x80\xa0\xad"), repr("\u200b\u2028"), repr("\ue000"), "%a" % "é日🐍", "{!a}".format("ü")))py",
       R"py('é日本🐍' '\x80\xa0\xad' '\u200b\u2028' '\ue000' '\xe9\u65e5\U0001f40d' '\xfc'
)py"},
      {R"py(print(["a'b", "c"], ("\n",), {"k": "v"}))py",
       R"py(["a'b", 'c'] ('\n',) {'k': 'v'}
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("str: percent", "[str]") {
  static const Case cases[] = {
      {R"py(print("%s=%d" % ("x", 5), "%5.2f|" % 3.14159, "%-5s|" % "ab", "%05d" % -42, "%x %X %o" % (255, 255, 8)))py",
       R"py(x=5  3.14| ab   | -0042 ff FF 10
)py"},
      {R"py(print("%#x %#o %+d % d" % (255, 8, 5, 5), "%e" % 1234.5, "%g %g" % (0.00001, 1e20), "%c%c" % (72, "i")))py",
       R"py(0xff 0o10 +5  5 1.234500e+03 1e-05 1e+20 Hi
)py"},
      {R"py(print("%(a)s-%(b)r" % {"a": 1, "b": "x"}, "%*d|%-*d|" % (4, 1, 4, 2), "%.*f" % (1, 2.25), "%%" % ()))py",
       R"py(1-'x'    1|2   | 2.2 %
)py"},
      {R"py(print("%d" % 3.9, "%s" % [1, 2], "%r" % "é", "%a" % "é", "%.2s" % "abc", "%x" % 2**70))py",
       R"py(3 [1, 2] 'é' '\xe9' ab 400000000000000000
)py"},
      {R"py(def t(f, a):
    try:
        print(f % a)
    except Exception as e:
        print(type(e).__name__, e)
t("%d", "x"); t("%s %s", (1,)); t("%s", (1, 2)); t("%y", 1); t("%", ()); t("%(a)s", 1); t("%c", "ab"); t("%(a)s %s", {"a": 1}))py",
       R"py(TypeError %d format: a real number is required, not str
TypeError not enough arguments for format string
TypeError not all arguments converted during string formatting
ValueError unsupported format character 'y' (0x79) at index 1
ValueError incomplete format
TypeError format requires a mapping
TypeError %c requires int or char
TypeError not enough arguments for format string
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("str: str.format", "[str]") {
  static const Case cases[] = {
      {R"py(print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{0}{0}".format("z")))py",
       R"py(1 2 b a 1-2 zz
)py"},
      {R"py(print("{:>5}|{:<5}|{:^5}|".format("a", "b", "c"), "{:08.3f}".format(3.14159), "{:,}".format(1234567), "{:x}".format(255)))py",
       R"py(    a|b    |  c  | 0003.142 1,234,567 ff
)py"},
      {R"py(print("{0[0]} {0[1]} {1[k]}".format([1, 2], {"k": "v"}), "{!r} {!s} {!a}".format("é", 1, "é")))py",
       R"py(1 2 v 'é' 1 '\xe9'
)py"},
      {R"py(print("{:>{w}}|".format("x", w=4), "{:{}}|".format("y", 3), "{{}} {{{0}}}".format(5), "{:d}".format(True)))py",
       R"py(   x| y  | {} {5} 1
)py"},
      {R"py(print("{a}".format_map({"a": 1}), "{}".format(3.5), "{:.3f}".format(3.5), "{:>4}".format("ab"), "{}".format(True), "{:b}".format(7), "{:>5}".format(True)))py",
       R"py(1 3.5 3.500   ab True 111     1
)py"},
      {R"py(class P:
    def __format__(self, spec):
        return "P[" + spec + "]"
print("{:abc} {}".format(P(), P()), f"{P():xy}", "{0:{1}}".format(P(), "z")))py",
       R"py(P[abc] P[] P[xy] P[z]
)py"},
      {R"py(def t(f):
    try:
        print(f.format("s"))
    except Exception as e:
        print(type(e).__name__, e)
t("{"); t("}"); t("{0"); t("{1}"); t("{}{0}"); t("{0}{}"); t("{x}"); t("{0!z}"); t("{0:d}"); t("{0:{1:{2}}}"))py",
       R"py(ValueError Single '{' encountered in format string
ValueError Single '}' encountered in format string
ValueError expected '}' before end of string
IndexError Replacement index 1 out of range for positional args tuple
ValueError cannot switch from automatic field numbering to manual field specification
ValueError cannot switch from manual field specification to automatic field numbering
KeyError 'x'
ValueError Unknown conversion specifier z
ValueError Unknown format code 'd' for object of type 'str'
IndexError Replacement index 1 out of range for positional args tuple
)py"},
      {R"py(try:
    "{:x}".format([])
except TypeError as e:
    print(e)
try:
    "{}".format_map({})
except ValueError as e:
    print(e))py",
       R"py(unsupported format string passed to list.__format__
Format string contains positional fields
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}

TEST_CASE("str: argument errors", "[str]") {
  static const Case cases[] = {
      {R"py(def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "a".upper(1)); t(lambda: "a".find()); t(lambda: "a".split(x=1)); t(lambda: ",".join([1]))
t(lambda: ",".join(["a", 2])); t(lambda: "a".center(3, "ab")); t(lambda: "a".startswith(1)); t(lambda: "a".replace(1, "b"))
t(lambda: "a".index("b")); t(lambda: "a".strip(1)); t(lambda: "a".split("")); t(lambda: ",".join(5)); t(lambda: str.upper(1))
t(lambda: "a".split(",", sep=",")); t(lambda: "a".zfill("3")); t(lambda: "a".find("a", 1.5)); t(lambda: "a".removeprefix(1)))py",
       R"py(TypeError str.upper() takes no arguments (1 given)
TypeError find() takes at least 1 argument (0 given)
TypeError 'x' is an invalid keyword argument for split()
TypeError sequence item 0: expected str instance, int found
TypeError sequence item 1: expected str instance, int found
TypeError The fill character must be exactly one character long
TypeError startswith first arg must be str or a tuple of str, not int
TypeError replace() argument 1 must be str, not int
ValueError substring not found
TypeError strip arg must be None or str
ValueError empty separator
TypeError can only join an iterable
TypeError descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
TypeError argument for split() given by name ('sep') and position (1)
TypeError 'str' object cannot be interpreted as an integer
TypeError slice indices must be integers or None or have an __index__ method
TypeError removeprefix() argument must be str, not int
)py"},
      {R"py(print(str.maketrans("ab", "xy", "c") == {97: 120, 98: 121, 99: None}, "abcd".translate(str.maketrans("ab", "xy", "c")), "hello".translate({ord("l"): "L", ord("o"): None})))py",
       R"py(True xyd heLL
)py"},
  };
  check_all(cases, sizeof(cases) / sizeof(cases[0]));
}
