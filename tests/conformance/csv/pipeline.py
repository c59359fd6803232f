# A lazy pipeline over a CSV file: each stage is a generator.
import csv

with open('sales.csv', 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['region', 'product', 'units', 'price'])
    w.writerows([['north', 'pen', 10, 1.5], ['south', 'pad', 3, 4.25],
                 ['north', 'pad', 7, 4.25], ['east', 'pen', 0, 1.5]])

def rows(path):
    with open(path, newline='') as f:
        yield from csv.DictReader(f)

def with_total(records):
    for r in records:
        r['total'] = int(r['units']) * float(r['price'])
        yield r

def nonzero(records):
    return (r for r in records if r['total'])

pipeline = nonzero(with_total(rows('sales.csv')))
print(next(pipeline))
by_region = {}
for r in pipeline:
    by_region[r['region']] = by_region.get(r['region'], 0) + r['total']
print(by_region)
print(sum(r['total'] for r in with_total(rows('sales.csv'))))
