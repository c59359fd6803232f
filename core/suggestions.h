// "Did you mean: 'print'?" — the hint CPython 3.11 adds to NameError and
// AttributeError tracebacks, computed the same way (a Levenshtein distance
// where a case change costs less than any other edit) so the same typo gets
// the same suggestion.
#pragma once
#include <string>
#include <vector>

namespace yl {

// The closest candidate to `name`, or "" when none is close enough.
// Earlier candidates win ties, as in CPython.
std::string closest_name(const std::vector<std::string>& candidates, const std::string& name);

}  // namespace yl
