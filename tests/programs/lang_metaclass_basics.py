# Metaclasses, __prepare__, __init_subclass__, __set_name__, descriptors, __getattribute__, __class__ assignment
class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("M.__new__", name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("M.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {'injected': 1}
class A(metaclass=M, flag=True):
    x = 1
    def f(self): return 2
print(A.tag, A.injected, type(A) is M, isinstance(A, M))
a = A()
print(a.f())
class B(A): pass
print(B.tag, type(B).__name__)
class Base:
    def __init_subclass__(cls, /, color=None, **kw):
        super().__init_subclass__(**kw)
        cls.color = color
        print("init_subclass", cls.__name__, color)
class C(Base, color="red"): pass
print(C.color)
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class E:
    d = D()
print(E.d.name)
class G:
    def __class_getitem__(cls, item):
        return f"G[{item}]"
print(G[int])
X = type('X', (object,), {'a': 1, 'm': lambda self: 5})
print(X.__name__, X().a, X().m(), X.__mro__)
class Desc:
    def __get__(self, obj, owner=None):
        return ('get', obj is None, owner.__name__)
    def __set__(self, obj, v):
        print('set', v)
    def __delete__(self, obj):
        print('delete')
class H:
    d = Desc()
h = H()
print(h.d, H.d)
h.d = 3
del h.d
h.__dict__['d'] = 99
print(h.d)
class NonData:
    def __get__(self, obj, owner): return 'nd'
class I:
    n = NonData()
i = I()
print(i.n)
i.n = 5
print(i.n)
class GA:
    def __getattribute__(self, name):
        if name == 'magic': return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'missing:' + name
g = GA()
g.z = 1
print(g.magic, g.z, g.q)
class P: 
    def who(self): return 'P'
class Q:
    def who(self): return 'Q'
p = P()
p.__class__ = Q
print(p.who(), type(p).__name__)
try:
    p.__class__ = int
except TypeError as e:
    print(e)
class Meta2(type):
    def method(cls): return 'meta method ' + cls.__name__
    @property
    def prop(cls): return 'prop'
class K(metaclass=Meta2): pass
print(K.method(), K.prop)
print(type.__new__(Meta2, 'Z', (), {}).__name__)
