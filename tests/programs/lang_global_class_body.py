# global and nonlocal-ish behavior inside class bodies
counter = 0
name = "module"

class A:
    global counter
    counter += 1
    name = "class A"
    seen = name

print("counter:", counter)
print("module name:", name)
print("A.name:", A.name, "A.seen:", A.seen)

class B:
    global created
    created = "made in B"
    x = 5
    y = [x * 2]
    # comprehension cannot see class vars except in the first iterable
    z = [i for i in range(x)]

print("created:", created)
print("B.y:", B.y, "B.z:", B.z)

def outer():
    v = "outer v"
    class C:
        w = v  # reads enclosing function var (no assignment to v in this body)
        u = "class u"
        def meth(self):
            return v  # sees function's v, not class's
    return C

C = outer()
print("C.w:", C.w, "C.u:", C.u, "meth:", C().meth())

def make():
    val = 1
    class D:
        nonlocal val
        val = 99
    return val

print("nonlocal from class:", make())

x = "global x"
class E:
    x = "class x"
    def get(self):
        return x
print("E().get():", E().get())

class F:
    global G_FROM_F
    def G_FROM_F():
        return "function defined global in class"
print(G_FROM_F())
print("hasattr F:", hasattr(F, "G_FROM_F"))

total = 0
class H:
    global total
    for i in range(4):
        total += i
print("total:", total, "H.i:", H.i)
