class WithCall:
    def __call__(self):
        return "called"

print(callable(print), callable(len), callable(lambda: 0), callable(int), callable(WithCall()))
print(callable(5), callable("s"), callable([]), callable(None), callable(WithCall))
print(WithCall()())
