# super() zero-arg and two-arg forms
class Base:
    def __init__(self, v):
        self.v = v
    def show(self):
        return f"Base({self.v})"
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def util():
        return "Base.util"
class Mid(Base):
    def show(self):
        return "Mid/" + super().show()
    @classmethod
    def make(cls, v):
        obj = super().make(v * 2)
        obj.tag = "mid"
        return obj
class Leaf(Mid):
    def show(self):
        return "Leaf/" + super(Leaf, self).show()
    def skip(self):
        return super(Mid, self).show()
    def util2(self):
        return super().util()
l = Leaf(1)
print(l.show())
print(l.skip())
print(l.util2())
m = Leaf.make(5)
print(type(m).__name__, m.v, m.tag, m.show())
print(super(Leaf, l).show())
print(super(Mid, l).show())
class P:
    def __init__(self):
        self.trail = ["P"]
class Q(P):
    def __init__(self):
        super().__init__()
        self.trail.append("Q")
class R(Q):
    def __init__(self):
        super().__init__()
        self.trail.append("R")
print(R().trail)
class Attr:
    x = "Attr.x"
class Sub(Attr):
    x = "Sub.x"
    def get(self):
        return self.x, super().x
print(Sub().get())
class Prop:
    @property
    def name(self):
        return "prop-base"
class PropSub(Prop):
    @property
    def name(self):
        return "sub+" + super().name
print(PropSub().name)
def outside(self):
    return "outside " + type(self).__name__
class UsesOutside(Base):
    def show(self):
        return "UsesOutside/" + super().show()
print(UsesOutside(9).show(), outside(l))
class Rep:
    def __repr__(self):
        return "Rep!" + super().__repr__()[:0]
print(repr(Rep()))
class Lst(list):
    def append(self, x):
        super().append(x * 10)
ls = Lst()
ls.append(1); ls.append(2)
print(ls)
