#include "suggestions.h"
#include <algorithm>
#include <climits>

namespace yl {

namespace {
constexpr int kMoveCost = 2, kCaseCost = 1;
constexpr size_t kMaxString = 40, kMaxCandidates = 750;

int substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;  // cannot be the same letter in another case
  if (a == b) return 0;
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; };
  return lower(a) == lower(b) ? kCaseCost : kMoveCost;
}

// Edit distance with early exit once it is certain to pass max_cost.
int distance(std::string_view a, std::string_view b, int max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) { a.remove_prefix(1); b.remove_prefix(1); }
  while (!a.empty() && !b.empty() && a.back() == b.back()) { a.remove_suffix(1); b.remove_suffix(1); }
  if (a.empty() || b.empty()) return int(a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxString || b.size() > kMaxString) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if (int(b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  std::vector<int> row(a.size());
  for (size_t i = 0; i < a.size(); ++i) row[i] = int(i + 1) * kMoveCost;
  int result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    int diag = int(bi) * kMoveCost;
    result = diag;
    int minimum = INT_MAX;
    for (size_t ai = 0; ai < a.size(); ++ai) {
      int substitute = diag + substitution_cost(b[bi], a[ai]);
      diag = row[ai];
      int insert_delete = std::min(result, diag) + kMoveCost;
      result = std::min(insert_delete, substitute);
      row[ai] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}
}  // namespace

std::string closest_name(const std::vector<std::string>& candidates, const std::string& name) {
  if (candidates.size() >= kMaxCandidates) return "";
  std::string best;
  int best_distance = INT_MAX;
  for (const std::string& c : candidates) {
    if (c == name) continue;
    // No more than a third of the characters involved may change.
    int max_distance = int(name.size() + c.size() + 3) * kMoveCost / 6;
    max_distance = std::min(max_distance, best_distance - 1);
    int d = distance(name, c, max_distance);
    if (d > max_distance) continue;
    if (best.empty() || d < best_distance) { best = c; best_distance = d; }
  }
  return best;
}

}  // namespace yl
