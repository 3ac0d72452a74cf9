# __del__ at deterministic points (last reference removed)
class Res:
    def __init__(self, name):
        self.name = name
        print("acquire", name)
    def __del__(self):
        print("release", self.name)
a = Res("a")
print("before del a")
del a
print("after del a")
b = Res("b")
c = b
del b
print("b deleted but c still holds it")
del c
print("after del c")
def scope():
    r = Res("local")
    print("in scope")
scope()
print("after scope")
x = Res("x1")
x = Res("x2")
print("rebound x")
x = None
print("x is None")
lst = [Res("l1"), Res("l2")]
lst.pop(0)
print("popped")
lst.clear()
print("cleared")
d = {"k": Res("dictval")}
d["k"] = 5
print("replaced dict value")
def make():
    return Res("temp")
make()
print("temp discarded")
make().name
print("temp attr read")
class Holder:
    def __init__(self):
        self.inner = Res("inner")
    def __del__(self):
        print("holder gone")
h = Holder()
del h
print("holder deleted")
class Counted:
    alive = 0
    def __init__(self):
        Counted.alive += 1
    def __del__(self):
        Counted.alive -= 1
objs = [Counted() for _ in range(5)]
print("alive", Counted.alive)
del objs[1:4]
print("alive", Counted.alive)
objs = []
print("alive", Counted.alive)
last = Res("end")
del last
print("program end")
