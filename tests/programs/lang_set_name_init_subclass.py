# __set_name__ and __init_subclass__
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Model:
    a = Field()
    b = Field()

print(Model.a.name, Model.a.owner, Model.b.private)
m = Model()
m.a = 5
print(m.a, m.b, m._a)

registry = []
class Plugin:
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key or cls.__name__.lower()
        registry.append(cls.key)

class Alpha(Plugin):
    pass
class Beta(Plugin, key="b"):
    pass
class Gamma(Beta):
    pass
print("registry:", registry)
print("keys:", Alpha.key, Beta.key, Gamma.key)

# __set_name__ called only for attributes present at class creation
class Late:
    pass
fl = Field()
Late.x = fl
print("late has name:", hasattr(fl, "name"))

# order of __set_name__ calls follows definition order
order = []
class Rec:
    def __set_name__(self, owner, name):
        order.append(name)
class Many:
    z = Rec()
    a = Rec()
    m = Rec()
print("order:", order)

# __init_subclass__ is implicitly a classmethod
class Counted:
    subclasses = 0
    def __init_subclass__(cls):
        Counted.subclasses += 1
        cls.index = Counted.subclasses
class C1(Counted): pass
class C2(Counted): pass
class C3(C1): pass
print("indexes:", C1.index, C2.index, C3.index, Counted.subclasses)

# unexpected keyword reaches object.__init_subclass__
try:
    class Bad(Counted, flavor="x"):
        pass
except TypeError as e:
    print("TypeError for unknown class keyword")

# same descriptor object under two names
shared = Rec()
order.clear()
class Twice:
    p = shared
    q = shared
print("twice:", order)
