# Attribute caches must see every change: class attributes replaced by descriptors, instance
# dicts materialized, methods shadowed by instance attributes, slots, and type changes.
class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


def read_all(objs):
    return [o.x for o in objs]


def call_all(objs):
    return [o.get() for o in objs]


objs = [P(i) for i in range(5)]
for _ in range(3):
    print(read_all(objs), call_all(objs))

# A data descriptor added to the class now wins over the instance value.
P.x = property(lambda self: "prop")
print(read_all(objs), call_all(objs))
del P.x
print(read_all(objs))

# A method shadowed by an instance attribute.
objs[2].get = lambda: "shadow"
print(call_all(objs))
del objs[2].get
print(call_all(objs))

# Materialized __dict__ keeps working for reads and writes.
d = objs[1].__dict__
d["x"] = 100
print(read_all(objs))
for o in objs:
    o.x = o.x + 1
print(read_all(objs), objs[1].__dict__)


# Slots.
class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


ss = [S(i) for i in range(4)]
for _ in range(3):
    for s in ss:
        s.a = s.a * 2
print([s.a for s in ss])
try:
    print(ss[0].b)
except AttributeError as e:
    print("AttributeError:", e)


# Subclass sees a base-class change.
class Base:
    def who(self):
        return "base"


class Derived(Base):
    pass


ds = [Derived() for _ in range(3)]
for _ in range(3):
    print([x.who() for x in ds])
Base.who = lambda self: "patched"
print([x.who() for x in ds])
Derived.who = lambda self: "derived"
print([x.who() for x in ds])


# Same code, different classes at one site.
class A1:
    def __init__(self):
        self.v = "a1"


class A2:
    def __init__(self):
        self.w = 0
        self.v = "a2"


mixed = [A1(), A2(), A1(), A2()]
for _ in range(2):
    print([m.v for m in mixed])
