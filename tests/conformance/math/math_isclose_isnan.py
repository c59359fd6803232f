import math

print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.isclose(1.0, 1.001, rel_tol=1e-2), math.isclose(1.0, 1.1))
print(math.isnan(float("nan")), math.isinf(float("-inf")), math.isfinite(1e308), math.isfinite(math.inf))
print(math.nan != math.nan, math.copysign(3, -0.0))
