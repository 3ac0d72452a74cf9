# __hash__, __eq__, __repr__, __str__, __format__
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a!r}, {self.b!r})"
k1, k2, k3 = Key(1, "x"), Key(1, "x"), Key(2, "y")
print(k1 == k2, k1 is k2, hash(k1) == hash(k2))
d = {k1: "first"}
d[k2] = "second"
d[k3] = "third"
print(len(d), d[Key(1, "x")], d)
s = {k1, k2, k3}
print(len(s), Key(2, "y") in s)
class NoEq:
    pass
a, b = NoEq(), NoEq()
print(a == a, a == b, hash(a) == hash(a))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__ is None)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Both(v={self.v!r})"
    def __str__(self):
        return f"<{self.v}>"
bo = Both("hi")
print(bo, repr(bo), str(bo), [bo], (bo,), {"k": bo})
print(f"{bo} {bo!r} {bo!s}", "%s %r" % (bo, bo))
print("{} {!r}".format(bo, bo))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()))
class OnlyStr:
    def __str__(self):
        return "just str"
print(OnlyStr(), repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.cents / 100:.2f}"
        return format(self.cents, spec)
m = Money(12345)
print(f"{m:usd}", f"{m:>8}", format(m, "usd"), "{:usd}".format(m))
class H:
    def __hash__(self):
        return 10 ** 30
print(hash(H()) == hash(10 ** 30))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)))
print(hash(-1) == hash(-2), hash(0) == 0)
class BadHash:
    def __hash__(self):
        return "no"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class ReprRec:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return "ReprRec" + repr(self.items)
r = ReprRec()
r.items.append(1)
r.items.append("two")
print(r)
lst = [1]
lst.append(lst)
print(lst)
dd = {"a": 1}
dd["self"] = dd
print(dd)
