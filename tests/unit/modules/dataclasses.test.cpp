// dataclasses: the generated __init__ runs default factories and
// __post_init__ (and replace() the class) through the frame stack, so a run
// in tiny slices pauses inside them and still prints what CPython 3.11 does.
#include <catch2/catch.hpp>
#include <string>

#include "run_program.h"

using modtest::run_in_slices;

TEST_CASE("dataclasses: tiny slices pause inside default factories and __post_init__", "[modules][dataclasses][session]") {
  const char* src = R"py(from dataclasses import dataclass, field, replace
def squares():
    return [i * i for i in range(20)]
@dataclass
class Run:
    n: int
    data: list = field(default_factory=squares)
    total: int = field(init=False, default=0)
    def __post_init__(self):
        for x in self.data[: self.n]:
            self.total += x
runs = [Run(k) for k in range(1, 6)]
print([r.total for r in runs], replace(runs[0], n=10).total)
)py";
  std::string expected = "[0, 1, 5, 14, 30] 285\n";
  CHECK(modtest::run(src) == expected);
  for (double budget : {1.0, 7.0}) {
    int pauses = 0;
    CHECK(run_in_slices(src, budget, &pauses) == expected);
    CHECK(pauses > 50);
  }
}
