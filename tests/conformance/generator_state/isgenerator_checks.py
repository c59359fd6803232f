import inspect

def gen():
    yield

class NotGen:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration

print(inspect.isgenerator(gen()))
print(inspect.isgenerator(NotGen()))
print(inspect.isgeneratorfunction(gen))
print(inspect.isgeneratorfunction(lambda: (yield)))
print(inspect.isgeneratorfunction(NotGen.__next__))
