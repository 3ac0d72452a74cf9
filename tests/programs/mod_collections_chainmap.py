# collections.ChainMap: lookup order, writes to maps[0], copies, children, error messages, | |= and reflected |
from collections import ChainMap, defaultdict
import copy

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

a = {"x": 1, "y": 2}; b = {"y": 20, "z": 30}; c = {"w": 0}
cm = ChainMap(a, b, c)
print(cm, len(cm), list(cm), list(cm.items()), cm["y"], cm.get("z"), cm.get("q", "dflt"), "w" in cm, "q" in cm, bool(cm), bool(ChainMap()), bool(ChainMap({}, {})))
attempt("missing", lambda: cm["nope"])
print(ChainMap(), ChainMap.fromkeys("ab"), ChainMap.fromkeys("ab", 5))
k = cm.new_child(); print(k, k.parents, k.maps[0] is not None)
k2 = cm.new_child({"n": 1}, m2=2); print(k2)
k3 = cm.new_child(q=9); print(k3)
cp = cm.copy(); cp["x"] = 100; print(cp, a, cp.maps[1] is b, copy.copy(cm).maps[0] is a)
cm["new"] = 5; print(a)
del cm["new"]; print(a)
attempt("del miss", lambda: cm.__delitem__("z"))
attempt("pop miss", lambda: cm.pop("z"))
print(cm.pop("z", "d"), cm.pop("x"), a)
attempt("popitem", lambda: cm.popitem())
attempt("popitem empty", lambda: cm.popitem())
cm.clear(); print(cm, a)
print(ChainMap({"a": 1}) | {"b": 2}, {"b": 2} | ChainMap({"a": 1}, {"b": 3, "c": 4}))
attempt("| list", lambda: ChainMap() | [1])
attempt("list |", lambda: [1] | ChainMap())
m = ChainMap({"a": 1}); m |= {"c": 3}; print(m)
r = ChainMap({}); r.maps[0]["self"] = r; print(r)
dd = defaultdict(int); chd = ChainMap(dd, {"k": 1}); print(chd["k"], dict(dd))
class CM(ChainMap):
    def __missing__(self, key):
        return "miss:" + key
print(CM({"a": 1})["b"], CM({"a": 1}).get("b"), type(CM().new_child()).__name__, type(CM({}, {}).parents).__name__)

