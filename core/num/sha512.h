// SHA-512 (FIPS 180-4), needed because random.seed(str) seeds with the text
// followed by its SHA-512 digest (random.py, version 2 seeding).
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

namespace yl::num {

std::array<uint8_t, 64> sha512(std::string_view data);

}  // namespace yl::num
