# copy: reduce protocol (state, list items, dict items), slots, memo and identity rules
import copy


class Reduced:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return (Reduced, (self.value,), {"extra": [1]})


r = Reduced([3])
d = copy.deepcopy(r)
print(d.value, d.extra, d.value is r.value, copy.copy(r).value is r.value)


class Recorder:
    def __init__(self):
        self.log = []

    def append(self, item):
        self.log.append(("append", item))

    def __setitem__(self, key, value):
        self.log.append(("set", key, value))

    def __reduce_ex__(self, protocol):
        return (Recorder, (), None, iter([1, [2]]), iter([("k", [3]), ("j", 4)]))


print(copy.deepcopy(Recorder()).log, copy.copy(Recorder()).log)


class Empty:
    def __reduce_ex__(self, protocol):
        return (Empty, (), None, iter([]), iter([]))


print(type(copy.deepcopy(Empty())).__name__)


class Named:
    def __reduce__(self):
        return "Named"


n = Named()
print(copy.copy(n) is n, copy.deepcopy(n) is n)


class Slots:
    __slots__ = ("a", "__b")

    def __init__(self):
        self.a = [1]
        self.__b = 2

    def b(self):
        return self.__b


s = copy.deepcopy(Slots())
print(s.a, s.b())


class Stateful:
    def __init__(self):
        self.q = 1

    def __getstate__(self):
        return {"q": 9}


class Restorer:
    def __init__(self):
        self.x = 1

    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state, restored=True)


print(copy.copy(Stateful()).q, copy.deepcopy(Stateful()).q, copy.deepcopy(Restorer()).restored)


class Counted(list):
    pass


c = Counted([1, [2]])
c.tag = "t"
dc = copy.deepcopy(c)
print(type(dc).__name__, dc, dc.tag, dc[1] is c[1], copy.copy(c)[1] is c[1])

t1 = (1, "a", (2, 3))
t2 = ([1], 2)
print(copy.deepcopy(t1) is t1, copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
loop = [1]
loop.append(loop)
dl = copy.deepcopy(loop)
print(dl[1] is dl, dl is not loop)
shared = [0]
pair = copy.deepcopy([shared, shared])
print(pair[0] is pair[1], pair[0] is not shared)
memo = {}
copy.deepcopy([shared, (shared,)], memo)
print(id(shared) in memo, sum(1 for v in memo.values() if v == [0]))


class Hooked:
    def __deepcopy__(self, memo):
        print("deepcopy hook, memo is a", type(memo).__name__)
        return "replacement"

    def __copy__(self):
        return "shallow replacement"


print(copy.deepcopy([Hooked()]), copy.copy(Hooked()))


class Method:
    def get(self):
        return self


m = copy.deepcopy(Method().get)
print(type(m.__self__).__name__, m() is m.__self__)
print(copy.deepcopy({1: {2: [3]}}), sorted(copy.deepcopy({1, 2})), copy.deepcopy(bytearray(b"ab")))
