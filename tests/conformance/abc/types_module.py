import types

def gen():
    yield 1

def f():
    return 1

print(isinstance(gen(), types.GeneratorType), isinstance(f, types.GeneratorType))
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(print, types.BuiltinFunctionType))
print(types.GeneratorType, types.FunctionType, types.ModuleType)
print(type(gen()) is types.GeneratorType, isinstance(types, types.ModuleType))
print(type(list[int]) is types.GenericAlias, type(int | str) is types.UnionType)
