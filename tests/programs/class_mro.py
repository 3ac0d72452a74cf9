# C3 MRO including diamonds
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
def names(cls):
    return [k.__name__ for k in cls.__mro__]
print(names(D))
print(D().who())
print(D.__mro__)
print(D.mro() == list(D.__mro__))
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print(names(M))
class O: pass
class F(O): pass
class E(O): pass
class DD(O): pass
class CC(DD, F): pass
class BB(DD, E): pass
class AA(BB, CC, E): pass
print(names(AA))
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class Left:
    def hello(self):
        return "Left"
class Right:
    def hello(self):
        return "Right"
    def only_right(self):
        return "only right"
class Both(Left, Right): pass
class Both2(Right, Left): pass
print(Both().hello(), Both2().hello(), Both().only_right())
class Mixin:
    def describe(self):
        return "Mixin(" + super().describe() + ")"
class Core:
    def describe(self):
        return "Core"
class Combined(Mixin, Core): pass
print(Combined().describe(), names(Combined))
class Init:
    def __init__(self):
        print("Init.__init__")
        super().__init__()
class IA(Init):
    def __init__(self):
        print("IA.__init__")
        super().__init__()
class IB(Init):
    def __init__(self):
        print("IB.__init__")
        super().__init__()
class IC(IA, IB):
    def __init__(self):
        print("IC.__init__")
        super().__init__()
IC()
print(names(IC))
