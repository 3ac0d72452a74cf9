# Binary, reflected and in-place operator dunders
class V:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return "V(" + ", ".join(map(str, self.c)) + ")"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[a + o for a in self.c])
        return NotImplemented
    def __radd__(self, o):
        print("radd called with", o)
        return self + o
    def __sub__(self, o):
        return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        if isinstance(k, V):
            return sum(a * b for a, b in zip(self.c, k.c))
        return V(*[a * k for a in self.c])
    def __rmul__(self, k):
        return V(*[k * a for a in self.c])
    def __truediv__(self, k):
        return V(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return V(*[a // k for a in self.c])
    def __mod__(self, k):
        return V(*[a % k for a in self.c])
    def __pow__(self, k):
        return V(*[a ** k for a in self.c])
    def __rpow__(self, b):
        return V(*[b ** a for a in self.c])
    def __matmul__(self, o):
        return "matmul"
    def __lshift__(self, n):
        return V(*(self.c[n:] + self.c[:n]))
    def __rshift__(self, n):
        return self << (len(self.c) - n)
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __rsub__(self, o):
        return V(*[o - a for a in self.c])
    def __iadd__(self, o):
        print("iadd in place")
        for i in range(len(self.c)):
            self.c[i] += o
        return self
    def __divmod__(self, k):
        return (self // k, self % k)
a = V(1, 2, 3)
b = V(10, 20, 30)
print(a + b, a + 1, 1 + a, b - a, 10 - a)
print(a * 2, 3 * a, a * b)
print(b / 4, b // 4, b % 7, a ** 2, 2 ** a)
print(a @ b, a << 1, a >> 1, a & b, a | b, a ^ b)
print(divmod(b, 7))
print(sum([a, b]))
c = a
a += 100
print(a, c, a is c)
d = V(1)
d2 = d
d -= V(1)
print(d, d2, d is d2)
d = V(5)
d *= 3
print(d)
try:
    a + "str"
except TypeError as e:
    print("TypeError:", e)
try:
    "str" + a
except TypeError as e:
    print("TypeError:", e)
class OnlyR:
    def __radd__(self, o):
        return "OnlyR.radd"
    def __rsub__(self, o):
        return NotImplemented
print(5 + OnlyR(), [1] + OnlyR())
try:
    5 - OnlyR()
except TypeError as e:
    print("TypeError:", e)
class SubV(V):
    def __radd__(self, o):
        return "subclass radd wins"
print(V(1) + SubV(2))
