# Calling the builtins with too few or too many arguments: CPython's exact TypeError texts.
funcs = {'abs': abs, 'all': all, 'any': any, 'bin': bin, 'callable': callable, 'chr': chr, 'divmod': divmod, 'enumerate': enumerate, 'filter': filter, 'format': format, 'getattr': getattr, 'hasattr': hasattr, 'hash': hash, 'hex': hex, 'id': id, 'isinstance': isinstance, 'issubclass': issubclass, 'iter': iter, 'len': len, 'list': list, 'map': map, 'max': max, 'min': min, 'next': next, 'oct': oct, 'ord': ord, 'pow': pow, 'range': range, 'repr': repr, 'reversed': reversed, 'round': round, 'setattr': setattr, 'sorted': sorted, 'sum': sum, 'tuple': tuple, 'zip': zip, 'dict': dict, 'set': set, 'frozenset': frozenset, 'int': int, 'float': float, 'str': str, 'bool': bool, 'type': type, 'delattr': delattr, 'slice': slice, 'object': object}
for name, f in funcs.items():
    for args in [(), (1, 2, 3, 4, 5)]:
        try:
            f(*args)
            print(name, len(args), 'ok')
        except Exception as e:
            print(name, len(args), type(e).__name__, e)
