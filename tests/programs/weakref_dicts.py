# WeakValueDictionary and WeakKeyDictionary: entries vanish with their referents, the
# mapping API, a cache pattern, and values/keys dying while an iteration is in progress.
import weakref


class Image:
    loads = 0

    def __init__(self, name):
        Image.loads += 1
        self.name = name

    def __repr__(self):
        return f"Image({self.name})"


cache = weakref.WeakValueDictionary()


def load(name):
    image = cache.get(name)
    if image is None:
        image = cache[name] = Image(name)
    return image


a1 = load("a")
a2 = load("a")
b = load("b")
print("cache:", a1 is a2, Image.loads, sorted(cache), len(cache), "a" in cache)
del a1, a2
print("after dropping a:", sorted(cache), "a" in cache, cache.get("a", "gone"))
a3 = load("a")
print("reloaded:", Image.loads, sorted(cache.items(), key=lambda kv: kv[0]))

# The rest of the mapping API.
c = Image("c")
print("setdefault:", cache.setdefault("c", c) is c, cache.setdefault("c", b) is c)
print("pop:", cache.pop("c") is c, cache.pop("c", "dflt"), "c" in cache)
try:
    cache.pop("zzz")
except KeyError as e:
    print("KeyError:", e)
try:
    cache["zzz"]
except KeyError as e:
    print("KeyError:", e)
cache.update({"c": c}, d=c)
print("update:", sorted(cache.keys()), sorted(v.name for v in cache.values()))
refs = cache.valuerefs()
print("valuerefs:", len(refs), sorted(r().name for r in refs),
      sorted(r.key for r in cache.itervaluerefs()))
copy = cache.copy()
del cache["d"]
print("copy independent:", sorted(copy), sorted(cache), type(copy).__name__)
key, value = cache.popitem()
print("popitem:", key not in cache, len(cache))
del c, value
print("after c dies:", sorted(copy), sorted(cache))
print("isinstance:", isinstance(cache, dict), cache == {"b": b, "a": a3} or sorted(cache))

# Values dying during an iteration are removed afterwards, without breaking the loop.
keep = {n: Image(n) for n in "pqrst"}
pool = weakref.WeakValueDictionary(keep)
seen = []
for name, image in pool.items():
    seen.append(name)
    if name == "p":
        del keep["r"], keep["s"]
    image = None
print("iterated:", seen)
print("after iteration:", sorted(pool), len(pool))

# WeakKeyDictionary: per-object data that disappears with the object.
notes = weakref.WeakKeyDictionary()
x, y, z = Image("x"), Image("y"), Image("z")
notes[x] = 1
notes[y] = 2
notes.update({z: 3})
print("keys:", sorted(k.name for k in notes), sorted(notes.values()), len(notes))
print("lookup:", notes[x], notes.get(y), notes.get(Image("w"), "none"), x in notes, 5 in notes)
print("setdefault:", notes.setdefault(x, 99), notes.setdefault(Image("tmp"), 7))
print("keyrefs:", sorted(r().name for r in notes.keyrefs()))
del y
print("after y dies:", sorted(k.name for k, v in notes.items()), len(notes))
print("pop:", notes.pop(z), notes.pop(z, "missing"), len(notes))
notes[z] = 4
for key in notes:
    if key is x:
        del z
print("deleted during iteration:", sorted(k.name for k in notes))
dup = notes.copy()
notes.clear()
print("copy/clear:", len(notes), sorted((k.name, v) for k, v in dup.items()))
print("popitem:", dup.popitem(), len(dup))
