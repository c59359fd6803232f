# json.loads / json.load, and JSONDecodeError's positions.
import json

text = '{"a": [1, 2.5, -3e2, "x\\u00e9\\n", true, false, null], "b": {"c": {}}, "e": "\\ud83d\\ude00", "big": 123456789012345678901234567890}'
obj = json.loads(text)
print(obj)
print(type(obj['a'][0]).__name__, type(obj['a'][1]).__name__, json.loads('  "s"  '), json.loads('[]'), json.loads('NaN'), json.loads('1E3'))

record = {'name': 'Ada', 'pair': (1, 2), 'ok': True}
print(json.loads(json.dumps(record)))

for bad in ['', '{', '[1,]', '{"a" 1}', "{'a': 1}", '[1 2]', '"abc', '{"a": 1} x',
            'tru', '"a\\qb"', '"a\nb"', '[1,\n 2,\n x]', '{"a":1,}', '-', '01']:
    try:
        print(repr(bad), json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), 'JSONDecodeError:', e, isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print('TypeError:', e)

with open('people.json', 'w') as f:
    json.dump([{'name': 'Ada'}, {'name': 'Grace'}], f, indent=1)
print(open('people.json').read())

def names(path):
    with open(path) as f:
        for person in json.load(f):
            yield person['name']

print(list(names('people.json')))
