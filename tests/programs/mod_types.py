import types
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1, 2]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1, 2]))
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(isinstance((x for x in []), types.GeneratorType), isinstance(types, types.ModuleType))
m = types.MappingProxyType({'k': 1})
print(m, m['k'], len(m), list(m), 'k' in m, m.get('z', 0))
try:
    m['k'] = 2
except TypeError as e:
    print('TypeError:', e)
print(type(None) is types.NoneType, types.GenericAlias(list, (int,)))
C = types.new_class('C', (object,), exec_body=lambda ns: ns.update(x=5))
print(C.__name__, C.x)
d = {'a': 1, 'b': 2}
print(d.keys().mapping, repr(d.items().mapping), d.values().mapping == d)
