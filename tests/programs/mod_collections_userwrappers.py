# collections.UserDict, UserList, UserString (and OrderedDict.fromkeys): delegation, operators, copies, subclass results
from collections import UserDict, UserList, UserString, OrderedDict
import copy

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

u = UserDict({"a": 1}, b=2); print(u, len(u), list(u), u["a"], "b" in u, u.get("zz"), dict(u))
print(UserDict(), UserDict(b=1), UserDict([("p", 1)]), UserDict.fromkeys("ab"), UserDict.fromkeys("ab", 0))
attempt("ud miss", lambda: u["nope"])
class DU(UserDict):
    def __missing__(self, key):
        return key * 2
du = DU(x=1); print(du["ab"], du.get("ab"), "ab" in du)
u["c"] = 3; del u["a"]; print(u)
attempt("ud del miss", lambda: u.__delitem__("nope"))
print(u | {"z": 0}, {"z": 0} | u, u | UserDict(q=1), type(u | {}).__name__)
attempt("ud | list", lambda: u | [1])
u |= {"m": 1}; print(u); u |= UserDict(n=2); print(u)
uc = u.copy(); uc["extra"] = 1; print(uc, u, type(uc).__name__)
class Tag(UserDict):
    def __init__(self, tag, *args):
        self.tag = tag
        super().__init__(*args)
    def __setitem__(self, key, value):
        super().__setitem__(key, str(value) + self.tag)
t = Tag("!", {"a": 1}); t2 = t.copy(); print(t.data, t2.data, t2.tag, type(t2).__name__)
t3 = copy.copy(t); t3["b"] = 2; print(t.data, t3.data, t3.tag)
print(copy.copy(u) == u, copy.copy(u).data is u.data)
print(UserDict(u) == u, u == dict(u), UserDict({"dict": 1}, dict=2))
print(sorted(UserDict(self=1, other=2)))

# UserList
l = UserList([3, 1, 2]); print(l, len(l), l[0], l[-1], l[1:], type(l[1:]).__name__, 2 in l, list(reversed(l)))
print(UserList(), UserList("abc"), UserList(UserList([1])), UserList((1, 2)))
print(l == [3, 1, 2], l == UserList([3, 1, 2]), l < [4], l <= l, l > UserList([3]), l >= [3, 1, 2], l != [1])
attempt("ul lt int", lambda: l < 3)
print(l + [9], l + UserList([8]), l + (7,), [0] + l, (6,) + l, UserList([1]) + UserList([2]), l * 2, 2 * l)
attempt("ul + int", lambda: l + 5)
ii = id(l); l += [4]; l += UserList([5]); l += (6,); l *= 1; print(l, id(l) == ii)
m2 = UserList([1, 2]); jj = id(m2); m2 *= 2; print(m2, id(m2) == jj)
l.append(7); l.insert(0, 0); l.extend([8]); l.extend(UserList([9])); print(l)
print(l.pop(), l.pop(0), l.count(1), l.index(2), l.index(4, 2, 6))
attempt("index miss", lambda: l.index(99))
l.remove(3); print(l); l.reverse(); print(l); l.sort(); print(l); l.sort(key=lambda v: -v, reverse=False); print(l)
l[0] = "z"; del l[1]; l[1:3] = ["s"]; print(l)
lc = l.copy(); lc.append("c"); print(lc, l, type(lc).__name__)
l2 = copy.copy(l); l2.append("q"); print(l, l2)
l.clear(); print(l, bool(l))
class LL(UserList):
    pass
ll = LL([1, 2]); print(type(ll[:1]).__name__, type(ll + [1]).__name__, type([1] + ll).__name__, type(ll * 2).__name__, type(ll.copy()).__name__)
attempt("hash ul", lambda: hash(UserList()))
attempt("ul pop empty", lambda: UserList().pop())

# UserString
s = UserString("Hello"); print(s, repr(s), str(s), len(s), s[1], s[1:3], type(s[0]).__name__, "ell" in s, UserString("ll") in s)
print(UserString(5), UserString(UserString("x")), int(UserString("12")), float(UserString("1.5")), hash(s) == hash("Hello"))
print(s == "Hello", s == UserString("Hello"), s != "x", s < "Z", s <= UserString("Hello"), s > "A", s >= "Hello", s == 5)
attempt("us lt int", lambda: s < 5)
print(s + "!", s + UserString("?"), s + 5, "<" + s, 3 * s, s * 2, type("a" + s).__name__)
print(s.upper(), s.lower(), UserString("  x ").strip(), UserString("xxaxx").strip("x"), s.replace("l", "L"), s.replace(UserString("l"), UserString("_"), 1))
print(s.split("l"), s.split(maxsplit=0), UserString("a b c").split(None, 1), s.startswith("He"), s.endswith(("o", "x")), s.startswith("l", 2), UserString(",").join(["a", "b"]))
print(type(s.upper()).__name__, type(s.split()[0]).__name__, type(s.join("ab")).__name__)
print(sorted([UserString("b"), UserString("a")]), {UserString("k"): 1}[UserString("k")])

# OrderedDict
od = OrderedDict.fromkeys("abc", 0); od.move_to_end("a"); od.move_to_end("c", last=False); print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict.fromkeys("ab"), type(OrderedDict.fromkeys("x")).__name__)
class OD(OrderedDict):
    pass
print(OD.fromkeys([1, 1, 2], "v"), type(OD.fromkeys("a")).__name__)
print(OrderedDict(a=1).copy(), OrderedDict.move_to_end.__doc__ is not None)
