# json.dumps with the options learners use, and the errors it raises.
import json

record = {'name': 'Ada', 'langs': ['py', 'c'], 'age': 36, 'score': 9.5,
          'ok': True, 'none': None, 'nested': {'pair': (1, 2), 'empty': [], 'obj': {}}}
print(json.dumps(record))
print(json.dumps(record, indent=2))
print(json.dumps(record, indent='\t', sort_keys=True))
print(json.dumps(record, separators=(',', ':')))
print(json.dumps({3: 'a', 1.5: 'b', True: 'c', None: 'd'}))
print(json.dumps('héllo "q" \n\t\\ 日本 😀'), json.dumps('é', ensure_ascii=False))
print(json.dumps([float('nan'), float('inf'), 1e100, 0.1, 10**30, -0.0]))
print(json.dumps([1, [2, [3, []]]], indent=0))
print(json.dumps({'tags': {'b', 'a'}}, default=sorted))

def squares(n):
    for i in range(n):
        yield {'n': i, 'square': i * i}

for line in squares(3):
    print(json.dumps(line))

for bad in [lambda: json.dumps({1, 2}), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(squares(1))]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
loop = [1]
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError:', e)
