# csv.writer / reader / DictReader / DictWriter round trips, quoting and line ends.
import csv
rows = [['name', 'city', 'note'], ['Ada', 'London', 'said "hi"'], ['Grace', 'New York, NY', ''], ['Linus', 'Helsinki', 'two\nlines'], [1, 2.5, None]]
with open('out.csv', 'w') as f:
    w = csv.writer(f)
    for r in rows[:2]:
        print(w.writerow(r))
    w.writerows(rows[2:])
    w.writerow([''])
    w.writerow([])
print(repr(open('out.csv').read()))
with open('out.csv') as f:
    for row in csv.reader(f):
        print(row)
with open('out.csv', newline='') as f:
    print(list(csv.reader(f)))
lines = ['a;b;c', '1; 2;"x;y"', '', '"q""uote";z']
print(list(csv.reader(lines, delimiter=';')), list(csv.reader(lines, delimiter=';', skipinitialspace=True)))
def gen_lines():
    yield 'id,score'
    yield '1,90'
    yield '2,85'
    yield '3'
    yield '4,70,extra'
for d in csv.DictReader(gen_lines()):
    print(d)
print(list(csv.DictReader(['x,y'], fieldnames=['a', 'b'])), list(csv.DictReader(['1', '1,2,3'], fieldnames=['a', 'b'], restval='?', restkey='more')))
with open('people.csv', 'w', newline='') as f:
    dw = csv.DictWriter(f, fieldnames=['name', 'age'])
    dw.writeheader()
    dw.writerow({'name': 'Ada', 'age': 36})
    dw.writerows([{'name': 'Bob'}, {'age': 5, 'name': 'Cy, Jr.'}])
print(repr(open('people.csv').read()))
reader = csv.DictReader(open('people.csv'))
total = sum(int(r['age']) for r in reader if r['age'])
print(total)
try:
    dw.writerow({'nope': 1})
except ValueError as e:
    print(e)
