class Base:
    def run(self):
        raise NotImplementedError

try:
    Base().run()
except NotImplementedError as e:
    print(type(e).__name__, repr(str(e)))
try:
    assert False, ["list", "message"]
except AssertionError as e:
    print(e, e.args)
print(NotImplemented, type(NotImplemented).__name__)
