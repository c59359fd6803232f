# dict.keys() and dict.items() views compare as sets; values() views do not.
inventory = {'apples': 3, 'pears': 0, 'plums': 7}
print(inventory.keys() == {'apples', 'pears', 'plums'})
print(inventory.keys() >= {'plums'}, {'apples'} < inventory.keys())
print(inventory.items() == {('apples', 3), ('pears', 0), ('plums', 7)})
print({'pears': 0}.items() <= inventory.items(), {'pears': 1}.items() <= inventory.items())
print(inventory.keys() == ['apples', 'pears', 'plums'], inventory.keys() != {'apples'})
other = dict.fromkeys(['plums', 'apples', 'pears'])
print(inventory.keys() == other.keys(), inventory.values() == inventory.values())

def in_stock(d):
    for name, count in d.items():
        if count:
            yield name

print(set(in_stock(inventory)) < inventory.keys())
try:
    inventory.keys() < ['apples']
except TypeError as e:
    print(e)
