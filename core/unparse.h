// Source text for an expression node, as ast.unparse writes it: what
// `from __future__ import annotations` stores instead of an annotation's value.
#pragma once
#include <string>
#include "ast.h"

namespace yl {

std::string unparse(const Node& n);

}  // namespace yl
