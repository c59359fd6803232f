def days_in_month(year, month):
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31

def dates(year):
    for month in range(1, 13):
        for day in range(1, days_in_month(year, month) + 1):
            yield f"{year}-{month:02d}-{day:02d}"

print(sum(1 for _ in dates(2024)), sum(1 for _ in dates(2023)))
all_dates = dates(2024)
print(next(all_dates), [d for d in dates(2024) if d.endswith("-29")][:3])
