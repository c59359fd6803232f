// The random module above the Mersenne Twister kernel (whose own draws are
// tested in num/mt_random.test.cpp): str seeds (SHA-512, and version 1),
// float and bool seeds, gauss's cached second value, the variates, weighted
// choices, counted samples and separate Random instances. Expected output
// recorded from CPython 3.11.7 running the same program.
#include <catch2/catch.hpp>

#include "run_program.h"

TEST_CASE("random: seeds of every kind and the derived draws match CPython", "[modules][random]") {
  const char* src = R"py(import random
for s in ["hello", "", "h\u00e9llo \U0001F600", "x" * 200, 3.5, -1.5, True, 2 ** 100, -12345]:
    random.seed(s)
    print(random.getrandbits(64), random.random())
random.seed("abc", version=1)
print(random.random())
random.seed(7)
print(random.gauss(), random.gauss(), random.gauss(5, 2))
print(random.normalvariate(1, 3), random.expovariate(1.5), random.triangular(0, 10, 2))
print(random.choices("abcd", [4, 3, 2, 1], k=6), random.sample("abcdef", k=4, counts=[1, 2, 1, 1, 1, 1]))
r = random.Random(5)
print(r.randint(1, 100), r.uniform(1, 2), r.randrange(0, 50, 5))
)py";
  const char* expected = R"(15541289662597367533 0.6631985810268619
8383724746567670048 0.595411957851699
527453681602659934 0.1926672457288484
12651757971468583793 0.17305576775745346
6484616821093540604 0.23014450764056538
8141536530424012382 0.0007908885101512997
10499958131665514997 0.8474337369372327
1484549092569213973 0.22562004686918613
13515657874892102023 0.010169169457068361
0.09639374978773074
-0.2558802884476004 0.511431512516514 4.547807670433791
1.2911343178600048 0.03983257531886734 3.7226485405988
['a', 'b', 'a', 'a', 'b', 'c'] ['a', 'b', 'd', 'f']
80 1.2554450164868458 25
)";
  CHECK(modtest::run(src) == expected);
}
