# copy.copy shares the inner objects; copy.deepcopy copies them too.
import copy

grid = [[1, 2], [3, 4]]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0].append(99)
print(grid, shallow, deep)
print(shallow[1] is grid[1], deep[1] is grid[1])

config = {'name': 'run', 'steps': [1, 2], 'nested': {'pair': (1, [2])}}
snapshot = copy.deepcopy(config)
config['steps'].append(3)
config['nested']['pair'][1].append(3)
print(config)
print(snapshot)

t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)

s = {1, 2, 3}
s2 = copy.copy(s)
s2.add(4)
print(s, s2)

loop = [1]
loop.append(loop)
loop2 = copy.deepcopy(loop)
print(loop2, loop2[1] is loop2, loop2 is loop)
shared = [0]
pair = copy.deepcopy([shared, shared])
print(pair[0] is pair[1], pair[0] is shared)
print(copy.copy(len) is len, copy.copy(42), copy.deepcopy('text'))
