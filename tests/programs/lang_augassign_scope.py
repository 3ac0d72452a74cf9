# Augmented assignment semantics and module-level scoping
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
t = (1, 2)
alias_t = t
t += (3,)
print(t, alias_t, t is alias_t)
s = "ab"
s *= 3
print(s)
d = {"k": 1}
d["k"] += 10
print(d)
class Box:
    def __init__(self):
        self.v = 1
b = Box()
b.v += 41
print(b.v)
m = [[0] * 3 for _ in range(2)]
m[1][2] += 5
print(m)
counter = 0
def inc():
    global counter
    counter += 1
for _ in range(5):
    inc()
print(counter)
x = 1
def shadow():
    x = 2
    return x
print(shadow(), x)
def read_global():
    return x * 100
print(read_global())
def unbound():
    try:
        x += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound()
n = 5
n **= 2
n //= 3
n <<= 2
n |= 1
n ^= 0b11
n &= 0xFF
n >>= 1
n -= 100
n %= 7
print(n)
f = 1.5
f += 1
f *= 2
f /= 4
print(f)
for i in range(3):
    pass
print("loop var leaks:", i)
if True:
    inner = "visible"
print(inner)
