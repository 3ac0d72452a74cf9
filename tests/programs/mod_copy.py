# copy: shallow and deep copies, memo, __copy__/__deepcopy__ hooks, slots
import copy

nested = [1, [2, 3], {"k": [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append(99)
nested[2]["k"].append(5)
print(shallow, deep, shallow[1] is nested[1], deep[1] is nested[1])

d = {"a": [1], "b": (2, [3])}
dc = copy.deepcopy(d)
d["b"][1].append(4)
print(d, dc, dc["b"] is d["b"])
t = (1, "x", (2, 3))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
s = {1, 2, 3}
print(copy.copy(s) == s, copy.copy(s) is s, sorted(copy.deepcopy(s)))
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy(fs) == fs)
for atom in [None, 1, 2.5, "s", b"b", True, range(3), len, print, int]:
    assert copy.copy(atom) is atom and copy.deepcopy(atom) is atom
print("atoms ok")
ba = bytearray(b"xy")
bc = copy.copy(ba)
bc.append(33)
print(ba, bc)

# shared and cyclic references
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, len(cc))
cd = {"self": None}
cd["self"] = cd
print(copy.deepcopy(cd)["self"]["self"] is not cd)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = []

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


p = Point(1, 2)
p.tags.append("a")
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append("b")
p.x = 100
print(p, p2, p3, type(p3).__name__, p2.tags is p.tags, p3.tags is p.tags)


class Slotted:
    __slots__ = ("a", "b", "_private")

    def __init__(self):
        self.a = [1]
        self._private = "p"

    def show(self):
        return (self.a, hasattr(self, "b"), self._private)


sl = Slotted()
sc = copy.copy(sl)
sd = copy.deepcopy(sl)
sl.a.append(2)
print(sc.show(), sd.show())


class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Hooked(self.v + "-copy")

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Hooked(copy.deepcopy(self.v, memo) + "-deep")


h = Hooked("v")
print(copy.copy(h).v, copy.deepcopy(h).v, copy.deepcopy([h, h])[0].v)


class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "expensive"

    def __getstate__(self):
        return {"data": self.data}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"


w = copy.deepcopy(WithState())
print(w.data, w.cache)


class Tagged(list):
    pass


tl = Tagged([1, [2]])
tl.label = "L"
tc = copy.deepcopy(tl)
print(type(tc).__name__, tc, tc.label, tc[1] is tl[1])
memo = {}
obj = [1, 2]
r1 = copy.deepcopy(obj, memo)
r2 = copy.deepcopy(obj, memo)
print(r1 is r2, id(obj) in memo)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


root = Node("root")
kid = Node("kid")
kid.parent = root
root.children.append(kid)
rc = copy.deepcopy(root)
print(rc.children[0].parent is rc, rc.children[0] is not kid, rc.children[0].name)
print(copy.Error.__name__, issubclass(copy.Error, Exception))
