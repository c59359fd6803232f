scores = [88, 92.5, 79, 95, 61.25]
avg = sum(scores) / len(scores)
print(avg, round(avg, 2), f"{avg:.3f}")
print(f"{len([s for s in scores if s >= 80]) / len(scores):.0%}")
print(max(scores) - min(scores), sorted(scores))
