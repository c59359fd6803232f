def running_drawdown(prices):
    peak = None
    for p in prices:
        peak = p if peak is None else max(peak, p)
        yield p, peak, round((peak - p) / peak * 100, 1)

for price, peak, dd in running_drawdown([100, 120, 90, 130, 104, 140]):
    print(f"{price:>4} peak {peak:>4} drawdown {dd:>5}%")
